"""Using coroutines: loop.create_task and cancelling a task (1.协程使用).

Demonstrates: a task cancelled before it ever ran never starts its coroutine:
"Coro b is running" is never printed.

Timeline: Task-2 (a) starts at t=0 and ends at t=2; Task-3 (b) is cancelled by
main at t=0 and takes one step at t=0 only to end as cancelled.
"""
import asyncio

async def a():
    print('Coro a is running')
    await asyncio.sleep(2)  # await 表示调用协程
    print('Coro a is done')
    return 'A'

async def b():
    print('Coro b is running')
    await asyncio.sleep(1)
    print('Coro b is done')
    return 'B'

async def main():
    loop = asyncio.get_event_loop()
    task1 = loop.create_task(a())    # 参数是协程
    task2 = loop.create_task(b()) 
    task2.cancel()  # 取消任务
    await task1
    #await task2

if __name__ == '__main__':
    asyncio.run(main())

