import asyncio
async def f():
    await asyncio.sleep(1)
async def main():
    tasks = [asyncio.create_task(f()) for _ in range(1000000)]
    await asyncio.gather(*tasks)
    print("done")
asyncio.run(main())
