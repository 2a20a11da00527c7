def counter(limit):
    n = 0
    while n < limit:
        received = yield n
        if received is not None:
            n = received
        n += 1
    return n


def delegate():
    result = yield from counter(3)
    yield
    yield 1, 2
    x = yield
    y = (yield x)
    yield from (i for i in range(3))
    return result, x, y


def consumer():
    r = ''
    while True:
        n = yield r
        if not n:
            return
        r = 'OK'


def grep(pattern):
    while True:
        line = (yield)
        if pattern in line:
            print(line)


lazy = (x * 2 for x in range(10))
total = sum(x for x in range(10) if x % 3)
pairs = list((a, b) for a in range(2) for b in range(2))
