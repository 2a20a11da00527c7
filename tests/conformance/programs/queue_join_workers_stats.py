import asyncio
from collections import Counter, defaultdict


async def worker(name, q, stats, seen):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(item % 3 * 0.1 + 0.05)
            stats[name] += 1
            seen[item % 4].append(item)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=3)
    stats = Counter()
    seen = defaultdict(list)
    workers = [asyncio.create_task(worker(f"w{i}", q, stats, seen)) for i in range(3)]
    for item in range(12):
        await q.put(item)
        print(f"put {item:2d} qsize={q.qsize()} full={q.full()}")
    await q.join()
    print("all processed; empty:", q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(stats.items()))
    print(stats.most_common(1)[0][1] >= 4, sum(stats.values()))
    print(dict(sorted(seen.items())))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", repr(asyncio.QueueEmpty()))
    q.task_done()


asyncio.run(main())
