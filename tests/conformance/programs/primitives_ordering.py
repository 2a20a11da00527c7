import asyncio


async def producer(n, q):
    for i in range(n):
        await q.put(i)
        print(f"put {i}")
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        total += item
        print(f"got {item}")
    return total


async def main():
    q = asyncio.Queue(maxsize=1)
    _, total = await asyncio.gather(producer(4, q), consumer(q))
    print("total", total)
    lock = asyncio.Lock()
    order = []

    async def locked(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)
            order.append(name.upper())

    await asyncio.gather(*(locked(c) for c in "xyz"))
    print("".join(order))
    sem = asyncio.Semaphore(2)
    seen = []

    async def limited(i):
        async with sem:
            seen.append(("in", i))
            await asyncio.sleep(0.1)
            seen.append(("out", i))

    await asyncio.gather(*(limited(i) for i in range(4)))
    print(seen)
    cond = asyncio.Condition()
    ready = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            ready.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(ready)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(ready)


asyncio.run(main())
