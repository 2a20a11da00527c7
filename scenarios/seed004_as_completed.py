"""Nested coroutines, method 5: asyncio.as_completed (方法5).

The tutorial's loop body, inside an outer coroutine whose tasks come from the
nested example (with inner coroutines that sleep for different times so the
completion order differs from the creation order).

Demonstrates: `asyncio.as_completed(tasks)` yields awaitables in completion
order; `await` must be applied to each of them (not to as_completed itself).

Timeline: three tasks sleeping 3, 1 and 2 seconds start at t=0; their results
are printed at t=1, t=2 and t=3, i.e. in the order 1, 2, 3.
"""
import asyncio

#内层协程
async def interior(n):
    await asyncio.sleep(n)
    return f"interior slept {n}s"

#外层协程
async def exterior():
    tasks = [asyncio.ensure_future(interior(n)) for n in (3, 1, 2)]
    #await 必须加在task前，而不是asyncio.as_completed前
    #await是必须的，不然main会提早结束
    for task in asyncio.as_completed(tasks):
        result = await task
        print(result)

asyncio.run(exterior())
