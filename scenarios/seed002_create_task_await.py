"""Using coroutines: create_task then await each task (1.协程使用).

Demonstrates: `asyncio.create_task` schedules the coroutine at once; awaiting the
tasks one after the other still lets them run concurrently.

Timeline: a and b start at t=0 (in creation order), b ends at t=1, a at t=2; main
is resumed at t=2 by task1 and finds task2 already done. Total time 2, not 3.
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
    # 高阶API 实际使用了loop.create_task
    task1 = asyncio.create_task(a())
    task2 = asyncio.create_task(b())
    await task1
    await task2

if __name__ == '__main__':
    asyncio.run(main())

