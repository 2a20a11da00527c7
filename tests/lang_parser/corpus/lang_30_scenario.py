"""A producer/consumer scenario in the style of the tutorials."""
import asyncio
import random
from dataclasses import dataclass, field


@dataclass
class Stats:
    produced: int = 0
    consumed: int = 0
    log: list = field(default_factory=list)


async def producer(queue: asyncio.Queue, stats: Stats, n: int) -> None:
    for i in range(n):
        await asyncio.sleep(random.random() / 10)
        await queue.put(i)
        stats.produced += 1
        stats.log.append(("put", i))
    await queue.put(None)


async def consumer(queue: asyncio.Queue, stats: Stats, name: str) -> None:
    while (item := await queue.get()) is not None:
        async with asyncio.Lock():
            stats.consumed += 1
        print(f"[{name}] consumed {item:>3}")
        queue.task_done()


async def limited(sem: asyncio.Semaphore, delay: float):
    async with sem:
        await asyncio.sleep(delay)
        return delay


async def main():
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=3)
    stats = Stats()
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(
        producer(queue, stats, 5),
        consumer(queue, stats, "c1"),
        *(limited(sem, d / 10) for d in range(4)),
        return_exceptions=True,
    )
    done, pending = await asyncio.wait(
        [asyncio.create_task(asyncio.sleep(0.01))], timeout=1, return_when=asyncio.FIRST_COMPLETED
    )
    for task in done:
        print(task.result())
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.1)
    except asyncio.TimeoutError:
        print("Timeout!")
    event = asyncio.Event()
    waiter = asyncio.ensure_future(event.wait())
    event.set()
    await waiter
    loop = asyncio.get_running_loop()
    value = await loop.run_in_executor(None, sum, [1, 2, 3])
    print(results[-1], stats, value)


if __name__ == "__main__":
    asyncio.run(main())
