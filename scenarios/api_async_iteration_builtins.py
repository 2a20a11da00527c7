"""aiter() and anext(): stepping through an async iterator by hand (Python 3.10+).

Demonstrates: the builtins `aiter(obj)` (calls `__aiter__`) and `await anext(it)`
(calls `__anext__`); `anext(it, default)` returns the default instead of raising
StopAsyncIteration at the end; without a default the end raises
StopAsyncIteration; an async for loop continues from where anext stopped.

Timeline: one task; the countdown sleeps 1s before each value: 3 at t=1, 2 at
t=2, the async for gets 1 at t=3, and the iterator is exhausted at t=3.
"""
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(1)
        self.current -= 1
        return self.current + 1


async def main():
    it = aiter(Countdown(3))
    print("first:", await anext(it))
    print("second:", await it.__anext__())
    async for value in it:
        print("async for:", value)
    print("with default:", await anext(it, "finished"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration at t =", asyncio.get_running_loop().time())


asyncio.run(main())
