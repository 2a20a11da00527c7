"""Three workers and a lock — 三个协程与一把锁

What it demonstrates: tasks created with asyncio.create_task start on the loop's next
iteration, in creation order; `async with lock` lets one worker in at a time and wakes the
waiters in FIFO order; gather returns the results in argument order.

What to look for on the timeline: all three workers start at t=0; worker-1 holds the lock
from 0 to 1, worker-2 from 1 to 2, worker-3 from 2 to 3, each waiting on the lock until its
turn; main waits on the gather until t=3.
"""
import asyncio


async def worker(name, lock):
    print(f"{name} 等待锁 (waiting for the lock)")
    async with lock:
        print(f"{name} 拿到锁 (has the lock)")
        await asyncio.sleep(1)
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(worker(f"worker-{i}", lock)) for i in range(1, 4)]
    results = await asyncio.gather(*tasks)
    print(results, f"{loop.time() - start:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
