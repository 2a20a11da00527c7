# Lock waiters are served in FIFO order; a cancelled waiter is skipped.
import asyncio

async def worker(lock, name, hold):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(hold)
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker(lock, "a", 1))
    b = asyncio.create_task(worker(lock, "b", 1))
    c = asyncio.create_task(worker(lock, "c", 1))
    d = asyncio.create_task(worker(lock, "d", 1))
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.gather(a, c, d)
    print("b cancelled:", b.cancelled(), "locked:", lock.locked())

asyncio.run(main())
