import asyncio


def on_done(label):
    def cb(fut):
        if fut.cancelled():
            print(f"[{label}] cancelled")
        elif fut.exception():
            print(f"[{label}] error {fut.exception()!r}")
        else:
            print(f"[{label}] result {fut.result()!r}")
    return cb


async def compute(x):
    await asyncio.sleep(x)
    if x > 1:
        raise OverflowError(f"{x} too big")
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(on_done("future"))
    f.add_done_callback(lambda fut: print("lambda sees", fut.result()))
    loop.call_later(0.5, f.set_result, 99)
    t1 = asyncio.create_task(compute(1))
    t1.add_done_callback(on_done("t1"))
    t2 = asyncio.create_task(compute(2))
    t2.add_done_callback(on_done("t2"))
    t3 = asyncio.create_task(compute(3))
    t3.add_done_callback(on_done("t3"))
    cb = on_done("removed")
    t3.add_done_callback(cb)
    print("removed", t3.remove_done_callback(cb))
    await asyncio.sleep(0.1)
    t3.cancel()
    await asyncio.wait([f, t1, t2, t3])
    print(f.result(), t1.result())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(g.cancel(), g.cancelled(), g.cancel())
    await asyncio.sleep(0)


asyncio.run(main())
