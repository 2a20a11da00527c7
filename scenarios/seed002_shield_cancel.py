"""Using coroutines: asyncio.shield protects the inner task (1.协程使用).

Demonstrates: `asyncio.shield(b())` wraps b in an inner task and returns an outer
future; cancelling the outer future does not cancel the inner task, so b still
runs to its end (awaiting task2 would raise CancelledError, though).

Timeline: Task-2 (a) and Task-3 (b, the shielded inner task) start at t=0; b ends
at t=1 and prints "Coro b is done" although it was "cancelled"; a ends at t=2.
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
    task1 = loop.create_task(a())  
    task2 = asyncio.shield(b())  # 保护任务能顺利完成，但依然返回异常结果
    task2.cancel()  # 取消任务 仍然执行
    await task1
    #await task2

if __name__ == '__main__':
    asyncio.run(main())

