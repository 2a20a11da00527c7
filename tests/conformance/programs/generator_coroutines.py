import asyncio
import types


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)


def delegator(results, key):
    results[key] = yield from averager()


@types.coroutine
def old_sleep(n):
    yield from asyncio.sleep(n).__await__()
    return f"slept {n}"


async def main():
    print(await old_sleep(0.5))
    print(await asyncio.gather(old_sleep(0.1), old_sleep(0.2)))


results = {}
data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
for key, values in data.items():
    group = delegator(results, key)
    next(group)
    for v in values:
        group.send(v)
    try:
        group.send(None)
    except StopIteration:
        pass
for key, (count, avg) in sorted(results.items()):
    g, unit = key.split(";")
    print(f"{count:2} {g:<5} averaging {avg:.2f}{unit}")
gen = averager()
print(next(gen), gen.send(10), gen.send(20))
try:
    gen.send(None)
except StopIteration as e:
    print("returned", e.value)
asyncio.run(main())
