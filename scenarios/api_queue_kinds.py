"""Queue, LifoQueue and PriorityQueue; maxsize and the *_nowait errors.

Demonstrates: the three queue kinds return the same items in FIFO, LIFO and
priority order; a full bounded queue makes `put_nowait` raise QueueFull and
`put` wait; an empty queue makes `get_nowait` raise QueueEmpty.

Timeline: everything at t=0 except the blocked `put`: the "putter" task waits
on the full queue until main takes an item at t=1, then its put completes.
"""
import asyncio


async def main():
    for kind in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = kind()
        for item in [(3, "c"), (1, "a"), (2, "b")]:
            q.put_nowait(item)
        print(f"{kind.__name__:<13} ->", [q.get_nowait() for _ in range(q.qsize())])

    q = asyncio.Queue(maxsize=2)
    q.put_nowait("x")
    q.put_nowait("y")
    print("full:", q.full(), "qsize:", q.qsize(), "maxsize:", q.maxsize)
    try:
        q.put_nowait("z")
    except asyncio.QueueFull:
        print("put_nowait on a full queue: QueueFull")

    async def putter():
        await q.put("z")
        print(f"putter: put 'z' at t={asyncio.get_running_loop().time()}")

    task = asyncio.create_task(putter())
    await asyncio.sleep(1)
    print("main takes", await q.get())
    await task
    print("left:", [q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait on an empty queue: QueueEmpty, empty() =", q.empty())


asyncio.run(main())
