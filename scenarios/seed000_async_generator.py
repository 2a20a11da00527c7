"""Using an asynchronous iterator (异步迭代器使用), async generator version.

Demonstrates: an `async def` function containing `yield` is an asynchronous
generator, consumed with `async for`.

Timeline: a single task; values 0..4 are printed at t=1, 2, 3, 4, 5. At the end
`asyncio.run` runs its own `shutdown_asyncgens` task.
"""
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
