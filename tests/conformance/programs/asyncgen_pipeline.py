import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def squares(src):
    async for x in src:
        yield x * x


async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x


async def ticker(limit):
    count = 0
    try:
        while True:
            yield count
            count += 1
            await asyncio.sleep(0.5)
    finally:
        print(f"ticker closed after {count}")


async def main():
    print([x async for x in evens(squares(numbers(10)))])
    print({x: x ** 0.5 async for x in squares(numbers(4))})
    total = 0
    async for t in ticker(0):
        total += t
        if t >= 3:
            break
    print("total", total)
    gen = numbers(3)
    print(type(gen).__name__, await gen.__anext__(), await anext(gen))
    print(await anext(gen, "default"), await anext(gen, "default"))
    agen = ticker(0)
    print(await agen.asend(None))
    await agen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration", repr(StopAsyncIteration()))


asyncio.run(main())
