import asyncio
async def main():
    sem = asyncio.Semaphore(1)
    async with sem:
        async with sem:
            pass
asyncio.run(main())
