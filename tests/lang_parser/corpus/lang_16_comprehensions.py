squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0 if x > 4]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [v for row in matrix for v in row]
unique = {c.lower() for c in "Hello World" if c.isalpha()}
index = {name: i for i, name in enumerate(["a", "b"])}
inverted = {v: k for k, v in index.items() if v}
gen = (x for x in range(5))
total = sum(x for x in range(5))
joined = ",".join(str(x) for x in range(3))
sorted_items = sorted((k for k in index), key=len)
nested = [[y for y in range(x)] for x in range(4) if x]
tuples = [(a, b) for a, b in zip("ab", "cd")]
star = [first for first, *rest in [[1, 2], [3, 4]]]
conditional = [x if x > 2 else -x for x in range(5)]
lambdas = [lambda n=n: n for n in range(3)]
dict_of_lists = {k: [v for v in range(k)] for k in range(3)}
