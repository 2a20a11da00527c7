# Condition.notify(n) wakes n waiters in FIFO order; each reacquires the lock in turn.
import asyncio

async def consumer(cond, name, box):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "got", box.pop(0))

async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", box)) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        box.extend([1, 2])
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(1)
    async with cond:
        box.append(3)
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
