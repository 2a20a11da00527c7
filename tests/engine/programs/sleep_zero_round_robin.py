# sleep(0) yields: two tasks alternate one step at a time.
import asyncio

async def count(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(count("a"), count("b"))

asyncio.run(main())
