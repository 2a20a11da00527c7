# Fragment from the tutorial, completed with the coroutine it runs.
import asyncio

async def my_coroutine():
    print("Hello")
    await asyncio.sleep(1)
    print("World")

asyncio.run(my_coroutine())
