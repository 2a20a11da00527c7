"""run_in_executor with the default executor and with a ThreadPoolExecutor.

Demonstrates: blocking functions (using `time.sleep`) run in worker threads
while the loop keeps going; a ThreadPoolExecutor(max_workers=2) runs at most two
jobs at once (the third waits for a free worker); `time.monotonic()` inside the
jobs shows when each one really ran.

Timeline: default executor: three 1s jobs run in parallel, t=0 to t=1. Pool of
2: jobs a and b run from t=1 to t=3, job c waits and runs from t=3 to t=5, while
the loop's ticker task prints every second (t=2..5).
"""
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking(name, seconds):
    start = time.monotonic()
    time.sleep(seconds)
    return f"{name} ran from t={start} to t={time.monotonic()}"


async def ticker(n):
    for _ in range(n):
        await asyncio.sleep(1)
        print(f"tick t={asyncio.get_running_loop().time()}")


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, f"d{i}", 1) for i in range(3)))
    print("\n".join(results))
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, blocking, name, 2) for name in "abc"]
        results = await asyncio.gather(*jobs, ticker(4))
    print("\n".join(results[:3]))
    print(f"main ends at t={loop.time()}")


asyncio.run(main())
