# Tasks start on the loop's next iteration, in creation order; sleeps wake in deadline order.
import asyncio

async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
    return name

async def main():
    a = asyncio.create_task(worker("a", 2))
    b = asyncio.create_task(worker("b", 1))
    c = asyncio.create_task(worker("c", 1))
    print("created")
    await asyncio.sleep(0)
    print("after sleep(0)")
    print(await a, await b, await c)

asyncio.run(main())
