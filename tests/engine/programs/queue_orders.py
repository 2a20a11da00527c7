# LifoQueue pops the newest item; PriorityQueue the smallest.
import asyncio

async def main():
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for n in (3, 1, 4, 1, 5, 9, 2, 6):
        lifo.put_nowait(n)
        prio.put_nowait(n)
    print([lifo.get_nowait() for _ in range(8)])
    print([prio.get_nowait() for _ in range(8)])
    getter = asyncio.create_task(prio.get())
    await asyncio.sleep(0)
    prio.put_nowait(7)
    print("got", await getter)

asyncio.run(main())
