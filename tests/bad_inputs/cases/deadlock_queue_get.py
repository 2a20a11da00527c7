import asyncio
async def main():
    await asyncio.Queue().get()
asyncio.run(main())
