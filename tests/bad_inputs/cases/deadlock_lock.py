import asyncio
async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    await lock.acquire()
asyncio.run(main())
