"""The await keyword: blocking wait, sequential (`await` 关键字，阻塞等待，同步).

The tutorial's snippet, plus the `import` and `asyncio.run` of the preceding
snippets.

Demonstrates: `await` suspends the coroutine until the awaited one completes.

Timeline: Task-1 prints "Start" at t=0 and "End" at t=1.
"""
import asyncio

async def my_coroutine():
    print("Start")
    await asyncio.sleep(1)  # 暂停协程，等待 asyncio.sleep(1) 完成
    print("End")


asyncio.run(my_coroutine())
