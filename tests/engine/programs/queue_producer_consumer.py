# A bounded queue: put() blocks when full; task_done()/join() track completion.
import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.join()
    print("all done")

async def consumer(q):
    while True:
        item = await q.get()
        await asyncio.sleep(1)
        print("consumed", item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    c = asyncio.create_task(consumer(q))
    await producer(q)
    c.cancel()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")

asyncio.run(main())
