"""Concurrency control with a semaphore around gather (多协程怎么控制并发 / 并发控制).

Demonstrates a common MISTAKE: the semaphore (limit 2) is acquired once, by the
parent, around the whole `gather`, so it limits nothing: all ten coroutines run
concurrently. The semaphore has to be acquired inside each coroutine (see
seed000_semaphore_limited_exec.py) to limit concurrency.

Timeline: Task-1 acquires the semaphore without waiting, then all ten child tasks
start and finish at t=0 in creation order; the list of results is printed once,
then each tuple.
"""
import asyncio


async def test(num):
    print(f"test:{num}")
    return "test",num

async def test2():
    concurrency_limit =2
    semaphore = asyncio.Semaphore(concurrency_limit)  # 创建信号量
    tasks = []
    for i in range(10):
        tasks.append(test(i))
    async with semaphore:
        results = await asyncio.gather(*tasks)
    print(results)
    for result in results:
        print(result)
    return results


if __name__ == '__main__':
    asyncio.run(test2())
