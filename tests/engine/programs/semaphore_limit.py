# A Semaphore(2) used inside each task limits concurrency to two.
import asyncio

async def job(sem, n):
    async with sem:
        print("start", n)
        await asyncio.sleep(1)
        print("end", n)

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, i) for i in range(5)))
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
