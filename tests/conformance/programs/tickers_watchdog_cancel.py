import asyncio
import itertools


async def ticker(name, period, stop_after):
    for n in itertools.count(1):
        await asyncio.sleep(period)
        print(f"[{asyncio.get_running_loop().time():4.1f}] {name} tick {n}")
        if n >= stop_after:
            return f"{name}:{n}"


async def watchdog(tasks, limit):
    await asyncio.sleep(limit)
    for t in tasks:
        if not t.done():
            print("watchdog cancels", t.get_name())
            t.cancel("watchdog")


async def main():
    tasks = [asyncio.create_task(ticker(n, p, s), name=n) for n, p, s in
             [("fast", 0.3, 3), ("slow", 0.7, 5), ("mid", 0.5, 2)]]
    dog = asyncio.create_task(watchdog(tasks, 2.0))
    results = await asyncio.gather(*tasks, return_exceptions=True)
    await dog
    for t, r in zip(tasks, results):
        kind = type(r).__name__
        print(f"{t.get_name():>5}: {kind:<14} {r if not isinstance(r, BaseException) else r.args}")
    print(f"{asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
