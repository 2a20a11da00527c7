import asyncio
import concurrent.futures
import time


def blocking_sum(n):
    time.sleep(0.5)
    return sum(i * i for i in range(n))


def fails(msg):
    raise RuntimeError(msg)


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    r1 = await loop.run_in_executor(None, blocking_sum, 10)
    r2 = await asyncio.to_thread(blocking_sum, 100)
    print(r1, r2)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking_sum, n) for n in (5, 6, 7, 8)]
        print(await asyncio.gather(*futs))
    elapsed = time.perf_counter() - start
    print(f"took about {elapsed:.1f}s")
    try:
        await asyncio.to_thread(fails, "boom in thread")
    except RuntimeError as e:
        print("caught", e)
    res = await asyncio.gather(asyncio.to_thread(fails, "x"), asyncio.to_thread(blocking_sum, 3),
                               return_exceptions=True)
    print(res)
    await loop.run_in_executor(None, fails, "unhandled")


asyncio.run(main())
