"""Results returned to an ordinary function (异步任务返回结果 / 普通函数调用返回).

Demonstrates: `asyncio.run(main())` returns main's return value (a tuple) to a
plain synchronous function, which prints it after the loop has closed.

Timeline: the two tasks run from t=0 to t=1; the two lines are printed at t=1
outside any task, after asyncio.run has returned.
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

    return result1, result2

def run_coroutine():
    # 在普通函数中调用协程并获取结果
    results = asyncio.run(main())
    print(f"Result 1: {results[0]}")
    print(f"Result 2: {results[1]}")

# 调用普通函数
run_coroutine()
