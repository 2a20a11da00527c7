import asyncio

async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)

async def main():
    try:
        await asyncio.wait_for(say("Hello", 3), timeout=1)
    except asyncio.TimeoutError:
        print("Timeout!")

asyncio.run(main())
