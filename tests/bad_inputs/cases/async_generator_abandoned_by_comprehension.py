import asyncio
async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.5)
            yield i
    finally:
        print("closed")
async def main():
    print({i % 2 async for m in ticks(3)})
asyncio.run(main())
