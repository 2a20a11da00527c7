"""Semaphore and BoundedSemaphore.

Demonstrates: a Semaphore(2) lets at most two workers in at a time, the others
wait in FIFO order; `locked()` tells whether acquiring would block. A
BoundedSemaphore raises ValueError when released more often than acquired; a
plain Semaphore silently grows.

Timeline: workers w0 and w1 run from t=0 to t=1, w2 and w3 from t=1 to t=2, w4
from t=2 to t=3.
"""
import asyncio


async def worker(name, sem):
    async with sem:
        print(f"{name} in  at t={asyncio.get_running_loop().time()}")
        await asyncio.sleep(1)
    print(f"{name} out at t={asyncio.get_running_loop().time()}")


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(worker(f"w{i}", sem)) for i in range(5)]
    await asyncio.sleep(0)
    print("locked while two are in:", sem.locked())
    await asyncio.gather(*tasks)

    plain = asyncio.Semaphore(1)
    plain.release()
    await plain.acquire()
    await plain.acquire()
    print("plain semaphore released once too often, acquired twice; locked:", plain.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
