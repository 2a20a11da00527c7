import asyncio
async def main():
    await asyncio.Barrier(2).wait()
asyncio.run(main())
