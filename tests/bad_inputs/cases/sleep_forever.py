import asyncio
async def main():
    while True:
        await asyncio.sleep(3600)
asyncio.run(main())
