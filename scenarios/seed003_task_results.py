"""Results of asynchronous tasks, returned inside an async function
(异步任务返回结果 / 异步函数内返回结果).

Demonstrates: `await task` returns the task's return value.

Timeline: Task-2 and Task-3 start at t=0 and both end at t=1 (concurrently, not
one after the other); main then prints both results at t=1.
"""
import asyncio

async def compute_square(x):
    await asyncio.sleep(1)
    return x * x

async def main():
    # 创建多个任务并发运行
    task1 = asyncio.create_task(compute_square(2))
    task2 = asyncio.create_task(compute_square(3))

    # 等待所有任务完成并获取结果
    result1 = await task1
    result2 = await task2

    print(f"Result 1: {result1}")
    print(f"Result 2: {result2}")

asyncio.run(main())
