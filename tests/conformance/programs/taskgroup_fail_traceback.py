import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        raise ConnectionError(f"服务器 {i} 无响应")
    print(f"fetched {i}")
    return i * 10


async def main():
    results = []
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                results.append(tg.create_task(fetch(i)))
    except* ConnectionError as eg:
        print("except*:", eg.exceptions)
    print([t.result() if not t.cancelled() else "cancelled" for t in results])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch(1))
        tg.create_task(fetch(2))


asyncio.run(main())
