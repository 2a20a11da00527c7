import asyncio
async def child():
    pass
async def main():
    while True:
        asyncio.create_task(child())
        await asyncio.sleep(0)
asyncio.run(main())
