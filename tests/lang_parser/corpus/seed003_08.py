import asyncio

async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)

async def main():
    await asyncio.gather(
        say("Hello", 1),
        say("World", 1)
    )

asyncio.run(main())
