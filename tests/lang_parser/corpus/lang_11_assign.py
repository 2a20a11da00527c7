a = 1
a = b = c = 2
x, y = 1, 2
x, y = y, x
(x, y) = [y, x]
[x, y] = (1, 2)
first, *rest = [1, 2, 3]
*init, last = range(5)
head, *middle, tail = "abcdef"
(p, q), r = (1, 2), 3
[s, [t, u]] = 1, [2, 3]
obj = type("O", (), {})()
obj.attr = 1
obj.attr, obj.other = 1, 2
items = [0, 0, 0]
items[0] = items[1] = 5
items[1:2] = [7, 8]
n = 10
n += 1
n -= 1
n *= 2
n /= 2
n //= 2
n %= 3
n **= 2
n = int(n)
n <<= 1
n >>= 1
n &= 7
n |= 8
n ^= 1
m = [[1]]
m[0][0] += 1
obj.attr += 1
count: int
total: int = 0
(paren): int = 1
obj.typed: str = "x"
items[0]: int = 3
values: list[int] = []
nothing = None
flag = True
other = False
empty = ...
x = yield_value = 5
