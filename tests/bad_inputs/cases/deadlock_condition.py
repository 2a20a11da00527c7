import asyncio
async def main():
    cond = asyncio.Condition()
    async with cond:
        await cond.wait()
asyncio.run(main())
