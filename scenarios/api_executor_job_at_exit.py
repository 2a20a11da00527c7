"""A pool job still running when asyncio.run returns — asyncio.run 结束时仍在运行的线程任务

What it demonstrates: asyncio.run only waits for the default executor. A job on your own
ThreadPoolExecutor keeps running after it returns; Python waits for the pool's threads when
the program ends, so the job's output comes after the program's last line.

What to look for on the timeline: main finishes at t=1; the job's worker stays busy until
t=10, after "after run" has been printed.
"""
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(1)


def slow():
    try:
        time.sleep(10)
        print("slow done")
    finally:
        print("slow cleanup")


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(pool, slow)
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
print("after run")
