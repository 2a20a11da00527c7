import asyncio


class Resource:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def main():
    await asyncio.sleep(0)
    result = await asyncio.gather(asyncio.sleep(0), asyncio.sleep(0, result=1))
    async with Resource() as r, Resource() as s:
        pass
    async with Resource():
        pass
    async for item in Resource():
        print(item)
    else:
        print("done")
    squares = [i * i async for i in ticker(3)]
    evens = {i async for i in ticker(4) if i % 2 == 0}
    table = {i: await asyncio.sleep(0, result=i) for i in range(3)}
    gen = (await asyncio.sleep(0, result=x) for x in range(2))
    values = [x async for x in gen]
    task = asyncio.create_task(asyncio.sleep(0))
    done = await task
    timeout = await asyncio.wait_for(asyncio.sleep(0), timeout=1.0)
    return result, squares, evens, table, values, done, timeout


asyncio.run(main())
