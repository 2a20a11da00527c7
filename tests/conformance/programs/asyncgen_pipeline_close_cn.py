import asyncio


async def numbers(limit):
    try:
        for i in range(limit):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print(f"numbers({limit}) 关闭")


async def squares(src):
    try:
        async for n in src:
            yield n * n
    finally:
        print("squares 关闭")


async def take(src, k):
    out = []
    async for v in src:
        out.append(v)
        if len(out) == k:
            break
    return out


async def main():
    print("取前三:", await take(squares(numbers(10)), 3))
    print("紧接着")
    await asyncio.sleep(0.05)
    gen = numbers(5)
    print(await anext(gen), await anext(gen))
    await gen.aclose()
    print("aclose 完成", await anext(gen, "已结束"))
    results = await asyncio.gather(take(numbers(4), 2), take(numbers(6), 1))
    print(results)
    print([x async for x in numbers(3) if x != 1])


asyncio.run(main())
