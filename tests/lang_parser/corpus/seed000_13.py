import asyncio

# 定义一个异步生成器
async def async_generator():
    for i in range(5):
        await asyncio.sleep(1)  # 模拟异步操作
        yield i  # 生成一个值

# 使用 async for 迭代异步生成器
async def main():
    async for value in async_generator():
        print(value)

# 运行主协程
asyncio.run(main())
