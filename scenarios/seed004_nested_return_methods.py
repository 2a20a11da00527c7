"""Nested coroutines: getting the results (获取嵌套的返回对象的方法, 方法2-4).

The tutorial describes methods 2 to 4 in prose only; this scenario writes them
out with an `interior(n)` that sleeps n seconds and returns a string:
- method 2: `await asyncio.gather(*tasks)` inside the outer coroutine;
- method 3: the outer coroutine returns gather's list to run_until_complete;
- method 4: the outer coroutine returns wait's (dones, pendings).

Demonstrates: the same three tasks' results obtained three ways, with the
old-style loop API.

Timeline: each method runs three tasks sleeping 1, 2 and 3 seconds, so the
methods end at t=3, t=6 and t=9.
"""
import asyncio
import time

#内层协程
async def interior(n):
    await asyncio.sleep(n)
    return f"interior {n} done at {time.time():.0f}"

# 方法2: 在外层协程中 await asyncio.gather(*tasks)
async def exterior_gather():
    tasks = [asyncio.ensure_future(interior(n)) for n in (1, 2, 3)]
    results = await asyncio.gather(*tasks)
    for result in results:
        print("方法2:", result)

# 方法3: 返回 gather 的结果
async def exterior_return_gather():
    tasks = [asyncio.ensure_future(interior(n)) for n in (1, 2, 3)]
    return await asyncio.gather(*tasks)

# 方法4: 返回 wait 的结果
async def exterior_return_wait():
    tasks = [asyncio.ensure_future(interior(n)) for n in (1, 2, 3)]
    return await asyncio.wait(tasks)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(exterior_gather())
for result in loop.run_until_complete(exterior_return_gather()):
    print("方法3:", result)
dones, pendings = loop.run_until_complete(exterior_return_wait())
for done in sorted(dones, key=lambda t: t.result()):
    print("方法4:", done.result())
print("pendings:", pendings)
loop.close()
