import asyncio


async def stage(name, inbox, outbox, fn):
    while True:
        item = await inbox.get()
        if item is None:
            await outbox.put(None)
            inbox.task_done()
            print(f"{name} stopping")
            return name
        await asyncio.sleep(0.05)
        await outbox.put(fn(item))
        inbox.task_done()


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(2), asyncio.Queue()
    stages = [
        asyncio.create_task(stage("double", q1, q2, lambda x: x * 2)),
        asyncio.create_task(stage("label", q2, q3, lambda x: f"<{x}>")),
    ]
    for i in range(5):
        await q1.put(i)
    await q1.put(None)
    out = []
    while (item := await q3.get()) is not None:
        out.append(item)
    print(out)
    print(await asyncio.gather(*stages))
    print(q1.empty(), q2.qsize(), q3.qsize(), q2.maxsize)
    print(repr(q2)[repr(q2).index("maxsize"):], str(q1))
    q = asyncio.Queue()
    for x in "abc":
        q.put_nowait(x)
    print(q, [q.get_nowait() for _ in range(3)])
    try:
        await asyncio.wait_for(q.get(), 0.2)
    except asyncio.TimeoutError:
        print("empty queue timed out", q.empty())


asyncio.run(main())
