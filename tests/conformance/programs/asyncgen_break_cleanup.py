import asyncio


async def stream(name, n):
    print(f"{name}: 打开")
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield f"{name}-{i}"
    finally:
        print(f"{name}: 清理开始")
        await asyncio.sleep(0)
        print(f"{name}: 清理结束")


async def heartbeat():
    for i in range(6):
        print("heartbeat", i)
        await asyncio.sleep(0.05)


survivors = []


async def main():
    hb = asyncio.create_task(heartbeat())
    async for item in stream("A", 5):
        print("got", item)
        if item.endswith("1"):
            print("break!")
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after one tick")
    try:
        async for item in stream("B", 5):
            print("got", item)
            raise RuntimeError("处理失败")
    except RuntimeError as e:
        print("caught:", e)
    held = stream("C", 3)
    print(await anext(held))
    print("dropping C")
    del held
    print("dropped")
    await hb
    kept = stream("D", 3)
    print(await kept.__anext__())
    print("main ends with D open")
    survivors.append(kept)


asyncio.run(main())
print("after run")
