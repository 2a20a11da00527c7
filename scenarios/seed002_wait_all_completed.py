"""Using coroutines: asyncio.wait with return_when (1.协程使用).

Demonstrates: `asyncio.wait([task1, task2], return_when=ALL_COMPLETED)` returns
the done and pending sets; `task.get_name()` gives the automatic names Task-2 and
Task-3. The done set iterates in creation order here.

Timeline: a and b start at t=0, b ends at t=1, a at t=2; main wakes at t=2 and
prints both results.
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
    task1 = asyncio.create_task(a())
    task2 = asyncio.create_task(b())

    done, pending = await asyncio.wait([task1, task2], return_when=asyncio.tasks.ALL_COMPLETED)  
    # FIRST_COMPLETED 第一个协程完成就返回
    # ALL_COMPLETED 等待全部任务完成返回（默认情况）
    # FIRST_EXCEPTION 出现第一个异常就返回

    for task in done:
        print(f'Task {task.get_name()} result: {task.result()}')

if __name__ == '__main__':
    asyncio.run(main())

