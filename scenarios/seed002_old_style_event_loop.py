"""Using coroutines, the "old style" event loop after asyncio.run (1.协程使用 / 老写法).

The tutorial's first snippet keeps the pre-3.7 way of running a coroutine in a
string as an alternative to `asyncio.run(main())`; here it is live code placed
after `asyncio.run(main())`, as a reader pasting both would have it.

Demonstrates CPython 3.11's behaviour: `asyncio.run()` closes its loop and sets
the current event loop to None, so the following `asyncio.get_event_loop()`
raises RuntimeError ("There is no current event loop in thread 'MainThread'.")
and the program exits with code 1 after main's output. (Used alone, without a
prior asyncio.run, the old style still works in 3.11: see
seed004_nested_coroutines.py.)

Timeline: main (Task-1) runs a and b from t=0 to t=2 and prints "A B"; nothing
runs after that.
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

    # 老写法
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main())
    loop.close()
