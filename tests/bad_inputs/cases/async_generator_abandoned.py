import asyncio
async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.5)
            yield i
    finally:
        print("closed")
async def main():
    async for m in ticks(3):
        raise ValueError(m)
asyncio.run(main())
