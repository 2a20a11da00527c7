import asyncio


async def chatter(name, n, pause):
    for i in range(n):
        print(f"{name}{i}", end=" ")
        await asyncio.sleep(pause)
    return name * n


async def main():
    r = await asyncio.gather(chatter("a", 3, 0), chatter("b", 2, 0), chatter("c", 4, 0))
    print()
    print(r)
    r = await asyncio.gather(chatter("x", 3, 0.1), chatter("y", 3, 0.15), chatter("z", 2, 0.25))
    print()
    print(r)
    t = asyncio.create_task(chatter("t", 2, 0))
    print("created", end=" ")
    await asyncio.sleep(0)
    print("after one yield", end=" ")
    await t
    print()
    order = []

    async def mark(tag):
        order.append(tag)
        await asyncio.sleep(0)
        order.append(tag.upper())

    await asyncio.gather(*(mark(c) for c in "pqr"))
    print(order)
    print(await asyncio.sleep(0.1, result="slept"), await asyncio.sleep(0, "zero"))
    print("sep", "by", sep="|", end="!\n")
    await asyncio.sleep(-1)
    print("negative sleep ok")


asyncio.run(main())
