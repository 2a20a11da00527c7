import asyncio


async def task(n):
    await asyncio.sleep(n * 0.1)
    if n % 3 == 0:
        raise ValueError(f"n={n} divisible by 3")
    if n == 4:
        raise KeyError(n)
    print(f"task {n} ok")
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(task(n), name=f"t{n}") for n in (1, 2, 5)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 8):
                tg.create_task(task(n))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(task(3))
            tg.create_task(task(6))
    except ExceptionGroup as eg:
        print(eg)
        print(repr(eg))
        print(len(eg.exceptions), eg.message)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(task(9))
        tg.create_task(task(2))


asyncio.run(main())
