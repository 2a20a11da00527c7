import asyncio
import functools


def on_done(label, fut):
    if fut.cancelled():
        print(f"[{label}] 已取消")
    elif fut.exception():
        print(f"[{label}] 异常: {fut.exception()!r}")
    else:
        print(f"[{label}] 结果: {fut.result()}")


async def compute(x):
    await asyncio.sleep(0.1 * x)
    if x == 3:
        raise ArithmeticError("不喜欢 3")
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    tasks = []
    for x in range(1, 5):
        t = asyncio.create_task(compute(x))
        t.add_done_callback(functools.partial(on_done, f"任务{x}"))
        tasks.append(t)
    tasks[-1].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("future callback:", f.result()))
    loop.call_soon(fut.set_result, "你好")
    loop.call_later(0.1, print, "call_later 触发")
    handle = loop.call_later(0.2, print, "不会出现")
    handle.cancel()
    print(await fut, handle.cancelled())
    await asyncio.sleep(0.3)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await compute(3)


asyncio.run(main())
