"""Running many coroutines together with gather (多协程怎么控制并发).

Demonstrates: `asyncio.gather(*coros)` wraps each coroutine in a task, runs them
concurrently and returns their results in argument order.

Timeline: ten child tasks (Task-2 .. Task-11) are created by Task-1 at t=0, each
runs to completion in its first step (they never await) in creation order, then
Task-1 wakes up and prints the ten result tuples; everything happens at t=0.
"""
import asyncio


async def test(num):
    print(f"test:{num}")
    return "test",num

async def test2():
    tasks = [test(i) for i in range(10)]
    results = await asyncio.gather(*tasks)
    for result in results:
        print(result)
    return results




if __name__ == '__main__':
    asyncio.run(test2())
