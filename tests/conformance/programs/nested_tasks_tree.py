import asyncio


async def leaf(path, depth):
    await asyncio.sleep(0.01 * depth)
    return len(path)


async def node(path, depth, fanout):
    if depth == 0:
        return await leaf(path, depth)
    children = [asyncio.create_task(node(path + str(i), depth - 1, fanout), name=path + str(i))
                for i in range(fanout)]
    values = await asyncio.gather(*children)
    return sum(values)


async def main():
    print(await node("r", 3, 2))
    print(await node("", 2, 3))
    all_tasks = asyncio.all_tasks()
    print(len(all_tasks), [t.get_name() for t in all_tasks])
    t = asyncio.create_task(node("q", 1, 2), name="query")
    print(t.get_name(), repr(t.get_name()), str(t.done()))
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    await t
    print(t.result(), asyncio.current_task() in asyncio.all_tasks())
    print(asyncio.current_task().get_coro().__name__, t.get_coro().__qualname__)


asyncio.run(main())
