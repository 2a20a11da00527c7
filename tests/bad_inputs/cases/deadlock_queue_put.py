import asyncio
async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    await q.put(2)
asyncio.run(main())
