async def my_coroutine():
    print("Hello")
    await asyncio.sleep(1)
    print("World")

async def main():
    task = asyncio.create_task(my_coroutine())
    await task

asyncio.run(main())
