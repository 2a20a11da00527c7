# asyncio.timeout() cancels the block and raises TimeoutError; without expiry it is silent.
import asyncio

async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    async with asyncio.timeout(5):
        await asyncio.sleep(1)
    print("finished at", asyncio.get_running_loop().time())

asyncio.run(main())
