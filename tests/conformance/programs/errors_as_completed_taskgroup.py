import asyncio


async def risky(i):
    await asyncio.sleep(0.1 * i)
    if i % 2:
        raise ValueError(f"odd {i}")
    return i


async def main():
    results = []
    errors = []
    for coro in asyncio.as_completed([risky(i) for i in range(5)]):
        try:
            results.append(await coro)
        except ValueError as e:
            errors.append(str(e))
    print(results, errors)
    try:
        await asyncio.gather(risky(1), risky(3))
    except ValueError as e:
        print("first failure:", e)
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(risky(i))
    except* ValueError as eg:
        print(sorted(str(e) for e in eg.exceptions), eg.message)
    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
    try:
        raise eg
    except* TypeError as t:
        print("types:", repr(t))
    except* ValueError as v:
        print("values:", repr(v))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(risky(2))
        b = tg.create_task(risky(4))
    print(a.result() + b.result())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(risky(1))
        tg.create_task(risky(3))
        tg.create_task(risky(8))


asyncio.run(main())
