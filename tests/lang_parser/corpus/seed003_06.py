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
