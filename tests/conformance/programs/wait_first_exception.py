import asyncio


async def step(i):
    await asyncio.sleep(i / 10)
    if i == 3:
        raise RuntimeError(f"step {i} exploded")
    return i


async def main():
    tasks = [asyncio.create_task(step(i), name=f"step-{i}") for i in range(6)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    print([type(r).__name__ for r in results])
    failed = [t for t in done if t.exception()]
    print(failed[0].exception())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    raise failed[0].exception()


asyncio.run(main())
