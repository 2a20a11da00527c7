import asyncio


async def leaf(depth, idx):
    await asyncio.sleep(0.01 * (idx + 1))
    me = asyncio.current_task()
    return f"{me.get_name()}@{depth}.{idx}"


async def branch(depth):
    subtasks = [asyncio.create_task(leaf(depth, i), name=f"leaf-{depth}-{i}") for i in range(2)]
    names = await asyncio.gather(*subtasks)
    return names


async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(branch(1))
    u = asyncio.ensure_future(branch(2))
    print(t.get_name(), u.get_name(), t.done())
    print(await t, await u)
    t.set_name("renamed")
    print(t.get_name(), repr(t)[:40])
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.2, fut.set_result, "回调结果")
    print(await fut)
    gathered = asyncio.gather(leaf(9, 0), leaf(9, 1))
    print(type(gathered).__name__, await gathered)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
