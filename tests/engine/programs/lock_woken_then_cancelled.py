# A Lock waiter that was woken but cancelled before it ran passes the lock on to the next
# waiter (Lock.acquire's cancellation repair).
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(1)
    print("holder released")

async def waiter(lock, name):
    try:
        async with lock:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(1)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print("locked:", lock.locked())

asyncio.run(main())
