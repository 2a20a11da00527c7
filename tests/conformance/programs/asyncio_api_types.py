import asyncio


async def child(i):
    await asyncio.sleep(0.1 * i)
    return i


async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), asyncio.iscoroutinefunction(child), asyncio.iscoroutine(child(0)))
    t = loop.create_task(child(1), name="loop-made")
    print(t.get_name(), asyncio.isfuture(t), asyncio.isfuture(child))
    print(await t)
    f = asyncio.Future()
    loop.call_later(0.2, f.set_result, "plain Future")
    print(await f)
    fut = asyncio.ensure_future(child(2))
    fut.add_done_callback(lambda x: print("cb", x.result()))
    await asyncio.sleep(0.3)
    print(len(asyncio.all_tasks()))
    res = await asyncio.gather(child(1), asyncio.sleep(0.05, "s"), fut)
    print(res)
    for coro in asyncio.as_completed([child(3), child(1), child(2)]):
        print("as_completed", await coro)
    g = asyncio.gather(child(1), child(2))
    print(type(g).__name__, await g)
    w = asyncio.wait_for(child(1), 5)
    print(type(w).__name__, await w)
    s = asyncio.shield(child(1))
    print(type(s).__name__, await s)
    await asyncio.sleep(0)
    print(asyncio.get_event_loop() is loop, asyncio.current_task().get_name())


asyncio.run(main(), debug=False)
