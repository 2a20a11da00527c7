import asyncio
import time


def cpu_bound(n):
    return sum(i * i for i in range(n))


def blocking_io(seconds):
    time.sleep(seconds)
    return f"slept {seconds}"


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.time()
    a, b, c = await asyncio.gather(
        loop.run_in_executor(None, blocking_io, 1),
        loop.run_in_executor(None, cpu_bound, 1000),
        asyncio.to_thread(blocking_io, 0.5),
    )
    print(a, b, c)
    print(f"elapsed ~{time.time() - t0:.1f}s")
    start = time.monotonic()
    results = []
    for coro in asyncio.as_completed([asyncio.to_thread(blocking_io, s) for s in (0.3, 0.1, 0.2)]):
        results.append(await coro)
    print(results, f"{time.monotonic() - start:.2f}")
    print(time.strftime("%Y", time.gmtime(0)), type(time.time()).__name__)
    fut = loop.run_in_executor(None, cpu_bound, 10)
    print(type(fut).__name__, await fut)


if __name__ == "__main__":
    asyncio.run(main())
