# The engine benchmark: N tasks, each awaiting 20 times (sleeps of 0 to 49 ms, one await in
# five under a semaphore shared by all), gathered by main. scripts/bench.sh writes copies
# with N = 1,000, 10,000 and 100,000 and runs each under awaitscope and under CPython 3.11.
import asyncio

N = 1000
AWAITS = 20


async def worker(i, sem):
    total = 0
    for k in range(AWAITS):
        delay = (i * 7 + k * 13) % 50 / 1000
        if k % 5 == i % 5:
            async with sem:
                await asyncio.sleep(delay)
        else:
            await asyncio.sleep(delay)
        total += k * (i % 3)
    return total


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(100)
    results = await asyncio.gather(*(worker(i, sem) for i in range(N)))
    print(f"{len(results)} tasks, {N * AWAITS} awaits, checksum {sum(results)}")
    print(f"virtual time {loop.time():.3f} s")


asyncio.run(main())
