"""Running a callback when a task is done (5.执行回调函数).

Demonstrates: `task.add_done_callback(partial(callback, n=1))`: the loop calls
the callback with the finished task as its first argument; `functools.partial`
supplies the extra keyword argument.

Timeline: Task-2 runs from t=0 to t=1; the callback is scheduled when it ends and
prints "Result: A, 1" at t=1, outside any task, before main (Task-1) resumes.
"""
import asyncio
from functools import partial

def callback(future, n):
    print(f'Result: {future.result()}, {n}')

async def a():
    await asyncio.sleep(1)
    return 'A'

async def main():
    task = asyncio.create_task(a())
    task.add_done_callback(partial(callback, n=1))
    await task

asyncio.run(main())
