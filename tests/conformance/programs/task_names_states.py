import asyncio


async def worker(n, delay):
    me = asyncio.current_task()
    print(f"{me.get_name()} starting (n={n})")
    await asyncio.sleep(delay)
    if n == 3:
        raise ValueError(f"bad n: {n}")
    return n * n


async def main():
    tasks = [asyncio.create_task(worker(i, i * 0.5), name=f"w{i}") for i in range(1, 5)]
    tasks[3].set_name("slowest")
    await asyncio.sleep(1.2)
    for t in tasks:
        print(t.get_name(), "done" if t.done() else "pending")
    tasks[3].cancel("no longer needed")
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.cancelled():
            print(t.get_name(), "cancelled")
        elif t.exception() is not None:
            print(t.get_name(), "failed:", repr(t.exception()))
        else:
            print(t.get_name(), "->", t.result())
    try:
        tasks[3].result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError", e.args)
    print(asyncio.current_task().get_name())


asyncio.run(main())
