"""Creating a coroutine task (创建协程任务，（实际上就是新建一个对象）).

Demonstrates: `asyncio.create_task` wraps a coroutine in a Task object that the
loop schedules; `await task` waits for it.

Timeline: main (Task-1) creates Task-2 at t=0 and blocks on it; Task-2 prints
"Hello" at t=0 and "World" at t=1; both end at t=1.
"""
import asyncio

async def my_coroutine():
    print("Hello")
    await asyncio.sleep(1)
    print("World")

async def main():
    task = asyncio.create_task(my_coroutine())
    await task

asyncio.run(main())
