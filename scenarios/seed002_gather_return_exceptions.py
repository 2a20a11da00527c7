"""Using coroutines: gather with return_exceptions (1.协程使用).

The tutorial's first snippet (coroutines `a`, `b` and the `__main__` block)
together with its first `main()`.

Demonstrates: `asyncio.gather(a(), b(), return_exceptions=True)` runs both
coroutines concurrently and returns their results in argument order (exceptions
would be returned as values instead of raised).

Timeline: Task-2 (a) and Task-3 (b) start at t=0; b ends at t=1, a at t=2; the
gather returns at t=2 and main prints "A B" even though b finished first.
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
    # 用来并发运行任务 可以收集结果 屏蔽掉了异常
    return_value_a, return_value_b = await asyncio.gather(a(), b(), return_exceptions=True)  
    print(return_value_a, return_value_b)

if __name__ == '__main__':
    asyncio.run(main())

