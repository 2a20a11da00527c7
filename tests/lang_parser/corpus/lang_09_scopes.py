counter = 0
names = ["a", "b"]


def increment():
    global counter
    counter += 1


def make_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


def multiple():
    global counter, names
    counter = names = None


class Holder:
    value = 1


h = Holder()
data = {"k": 1, "j": 2}
x, y, z = 1, 2, 3
del x
del y, z
del data["k"], h.value
a = b = c = d = 0
del (a, b), [c, d]
assert counter == 0
assert counter == 0, "counter must start at zero"
assert isinstance(names, list), f"names is {type(names)}"
