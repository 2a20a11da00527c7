"""asynccontextmanager (3.asynccontextmanager).

Demonstrates: `contextlib.asynccontextmanager` turns an async generator into an
async context manager; the code before `yield` runs on entry and the `finally`
block on exit, and both may await.

Timeline: one task: "Entering" at t=0, "Inside" at t=1 (after the entry sleep),
"Exiting" at t=2 (after the exit sleep); the task ends at t=2.
"""
from contextlib import asynccontextmanager
import asyncio

# 定义异步上下文管理器
@asynccontextmanager
async def async_manager():
    print("Entering async context")
    try:
        # 异步操作：获取资源
        await asyncio.sleep(1)
        yield "resource"
    finally:
        # 异步操作：释放资源
        await asyncio.sleep(1)
        print("Exiting async context")

# 使用异步上下文管理器
async def main():
    async with async_manager() as resource:
        print("Inside async context:", resource)

# 运行主函数
asyncio.run(main())
