import asyncio
from collections import Counter


async def producer(q, items):
    for prio, name in items:
        await q.put((prio, name))
        print(f"put {name} (priority {prio}) size={q.qsize()}")
        await asyncio.sleep(0.01)


async def worker(name, q, stats):
    while True:
        prio, job = await q.get()
        await asyncio.sleep(0.05 * prio)
        stats[name] += 1
        print(f"{name} 完成 {job}")
        q.task_done()


async def main():
    pq = asyncio.PriorityQueue()
    stats = Counter()
    workers = [asyncio.create_task(worker(f"w{i}", pq, stats)) for i in range(2)]
    await producer(pq, [(3, "低"), (1, "高"), (2, "中"), (1, "急")])
    await pq.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res], dict(sorted(stats.items())))
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait("a")
    lq.put_nowait("b")
    try:
        lq.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", lq.full(), lq.qsize())
    print(lq.get_nowait(), lq.get_nowait(), lq.empty())
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except TimeoutError:
        print("get timed out", q)


asyncio.run(main())
