"""Running synchronous code (6.执行同步代码).

Demonstrates: `loop.run_in_executor(None, a)` runs the blocking function `a`
(time.sleep(1)) in the default thread pool while the coroutine `b` sleeps one
second on the loop: both take one second together, so the cost is 1 second, not
2. With the virtual clock the cost prints exactly `1.0` (the tutorial, on a real
clock, shows 1.0054...).

Timeline: at t=0 the executor job starts on thread asyncio_0 and Task-2 (b)
starts; both finish at t=1, then c1 (Task-1) ends and the cost line is printed.
"""
import asyncio
import time

def a():
    time.sleep(1)
    return 'A'

async def b():
    await asyncio.sleep(1)
    return 'B'

def show_perf(func):
    print('*' * 20)
    start = time.perf_counter()
    asyncio.run(func())
    print(f'{func.__name__} Cost: {time.perf_counter() - start}')

async def c1():
    loop = asyncio.get_running_loop()
    await asyncio.gather(
        loop.run_in_executor(None, a),
        b()
    )

show_perf(c1)
