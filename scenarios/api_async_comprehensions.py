"""Async generators, async for and async comprehensions.

Demonstrates: async list, set and dict comprehensions over an async generator,
with a filter; an `await` inside a comprehension; `asend` and `aclose` on an
async generator (its `finally` block runs on aclose).

Timeline: one task; the generator sleeps 0.5s per value: the first
comprehension takes until t=2.5, the second until t=4, the dict until t=5.5, the
squares (awaiting 1s each) until t=8.5; asend/aclose follow at t=8.5.
"""
import asyncio


async def ticks(n, delay=0.5):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"  ticks({n}) closed at t={asyncio.get_running_loop().time()}")


async def square(x):
    await asyncio.sleep(1)
    return x * x


async def echo():
    received = None
    while True:
        received = yield f"echo: {received}"


async def main():
    print([i async for i in ticks(5)])
    print({i % 2 async for i in ticks(3)})
    print({i: chr(65 + i) async for i in ticks(3) if i != 1})
    print([await square(i) for i in range(3)])
    gen = echo()
    print(await gen.asend(None))
    print(await gen.asend("hi"))
    await gen.aclose()
    print("after aclose:", [x async for x in gen])


asyncio.run(main())
