"""Generator-based coroutines: send, throw, close and yield from.

Demonstrates: a running-average generator driven with `send`; `throw` raising
an exception at the paused `yield` (handled inside, the generator goes on);
`close` raising GeneratorExit (the `finally` block runs); `yield from`
delegating to a sub-generator and receiving its return value through
StopIteration; `next()` on a finished generator.

Timeline: no event loop and no tasks: everything is printed at t=0.
"""


def averager():
    total = count = 0
    average = None
    try:
        while True:
            try:
                value = yield average
            except ValueError as e:
                print(f"  averager ignores ValueError({e})")
                continue
            total += value
            count += 1
            average = total / count
    finally:
        print(f"  averager closed after {count} values")


def sub():
    got = yield "sub: first"
    print("  sub received", got)
    return "sub result"


def delegator():
    result = yield from sub()
    print("  delegator got", repr(result))
    yield "delegator: last"


avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print(f"send({v}) -> {avg.send(v)}")
print("throw ->", avg.throw(ValueError("bad sample")))
print("send(10) ->", avg.send(10))
avg.close()
try:
    avg.send(5)
except StopIteration:
    print("send() after close() raises StopIteration")

d = delegator()
print(next(d))
print(d.send("hello"))
try:
    next(d)
except StopIteration as e:
    print("StopIteration, value =", e.value)
try:
    next(d)
except StopIteration:
    print("a finished generator raises StopIteration again")
