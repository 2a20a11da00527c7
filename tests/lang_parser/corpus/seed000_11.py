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
