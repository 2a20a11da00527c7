import asyncio


async def job(name, secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise ValueError(f"{name} 出错")
    return name


async def main():
    tasks = {asyncio.create_task(job(f"job{i}", 0.1 * i, fail=(i == 2)), name=f"J{i}") for i in range(1, 5)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", t.exception() or t.result())
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    done, _ = await asyncio.wait(pending)
    print([t.cancelled() for t in done])
    first = asyncio.create_task(job("慢", 1))
    second = asyncio.create_task(job("快", 0.5))
    done, pending = await asyncio.wait([first, second], return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], len(pending))
    await asyncio.gather(*pending)
    for coro in asyncio.as_completed([job("x", 0.3), job("y", 0.1), job("z", 0.2)]):
        print("as_completed:", await coro)


asyncio.run(main())
