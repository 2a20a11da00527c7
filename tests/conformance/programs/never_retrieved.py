import asyncio


async def explode(n):
    await asyncio.sleep(n)
    raise ValueError(f"explosion #{n}")


async def quiet():
    await asyncio.sleep(0.1)
    return "fine"


async def main():
    t = asyncio.create_task(explode(0.1))
    q = asyncio.create_task(quiet())
    await asyncio.sleep(0.5)
    print(t.done(), q.result())
    print("main returns without looking at t")
    return 42


print("result:", asyncio.run(main()))
