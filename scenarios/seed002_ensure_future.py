"""Using coroutines: asyncio.ensure_future (1.协程使用).

Demonstrates: `asyncio.ensure_future(coroutine)` wraps the coroutine in a Task
(like create_task); given a Future it would return it unchanged.

Timeline: same as create_task: a and b start at t=0, b ends at t=1, a at t=2.
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
    task1 = asyncio.ensure_future(a())  # 参数是协程（调用loop.create_task）、Future 对象（直接返回）、awaitable 对象（会 await 这个对象的__await__方法，再执行一次 `ensure_future`，最后返回 Task 或者 Future）
    task2 = asyncio.ensure_future(b())
    await task1
    await task2

if __name__ == '__main__':
    asyncio.run(main())

