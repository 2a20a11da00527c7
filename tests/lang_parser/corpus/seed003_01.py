import asyncio

async def my_coroutine():
    print("Hello")
    await asyncio.sleep(1)
    print("World")
