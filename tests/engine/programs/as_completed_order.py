# as_completed yields results in completion order.
import asyncio

async def work(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(work(d)) for d in (3, 1, 2)]
    for f in asyncio.as_completed(tasks):
        print("result", await f)

asyncio.run(main())
