"""Calling one coroutine from another and getting its result
(协程间如何互相调用及获取其结果值).

Demonstrates: `await` on a coroutine runs it inline inside the caller's task and
returns its value (here the tuple ('test', 1)).

Timeline: only one task exists; `test(1)` runs inside Task-1, so everything
happens in one step at t=0.
"""

import asyncio


async def test(num):
    print(f"test:{num}")
    return "test",num

async def test2():
    resp = await test(1)
    print(resp)
    return resp


if __name__ == '__main__':
    asyncio.run(test2())
