"""Queue.join and task_done with a pool of workers.

Demonstrates: the classic worker pool: workers loop forever on `queue.get()`,
call `task_done()` per item; `await queue.join()` returns when every item has
been processed; the idle workers are then cancelled.

Timeline: three workers take jobs of 3, 1, 2, 1 and 1 seconds; the job queue is
empty at t=2 and join returns at t=3 when the last job finishes; the workers are
cancelled at t=3.
"""
import asyncio


async def worker(name, queue):
    while True:
        job, seconds = await queue.get()
        print(f"t={asyncio.get_running_loop().time()} {name} starts {job} ({seconds}s)")
        await asyncio.sleep(seconds)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for i, seconds in enumerate([3, 1, 2, 1, 1]):
        queue.put_nowait((f"job{i}", seconds))
    workers = [asyncio.create_task(worker(f"worker-{n}", queue)) for n in range(3)]
    await queue.join()
    print(f"t={asyncio.get_running_loop().time()} all jobs done")
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print(results)


asyncio.run(main())
