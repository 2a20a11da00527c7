import asyncio
async def g():
    async for x in g():
        yield x
    yield 1
async def main():
    async for x in g():
        print(x)
asyncio.run(main())
