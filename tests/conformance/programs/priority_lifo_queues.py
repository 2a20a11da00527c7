import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


async def main():
    pq = asyncio.PriorityQueue()
    for p, n in [(5, "low"), (1, "urgent"), (3, "mid"), (1, "also urgent"), (9, "whenever")]:
        pq.put_nowait(Job(p, n))
    print(pq.qsize(), pq)
    while not pq.empty():
        job = await pq.get()
        print(job.priority, job.name, job)
    lq = asyncio.LifoQueue(2)
    await lq.put("first")
    await lq.put("second")
    try:
        lq.put_nowait("third")
    except asyncio.QueueFull:
        print("LIFO full at", lq.maxsize)
    print(await lq.get(), await lq.get())
    tq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
        await tq.put(item)
    print([tq.get_nowait() for _ in range(tq.qsize())])

    async def late_put():
        await asyncio.sleep(1)
        await lq.put("late")

    asyncio.create_task(late_put())
    print("waiting...")
    print("got", await lq.get(), "at", asyncio.get_running_loop().time())


asyncio.run(main())
