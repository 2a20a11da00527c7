"""Does a coroutine stop when it raises? (协程如果有异常，就会停止下来吗)

Demonstrates: an exception raised in one of the gathered coroutines propagates
out of `gather` (return_exceptions is False) and out of `asyncio.run`: the
program ends with a traceback and exit code 1. `random` is seeded with 0 (as
Awaitscope and the reference harness do), so the run is always the same: test(2),
test(3), test(5), test(7) and test(8) raise, and test(2)'s exception is the one
that gather passes on.
The semaphore around gather limits nothing (see seed000_semaphore_around_gather).

Timeline: all ten children start at t=0, in creation order, and print; the first
to fail is Task-4 (test(2)); the other children still run to their end, and Task-1
then ends with Exception('test') without printing any result.
"""
import asyncio
import random

async def test(num):
    print(f"test:{num}")
    # 随机出现异常，停止
    if random.random() < 0.5:
        raise Exception("test")
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
