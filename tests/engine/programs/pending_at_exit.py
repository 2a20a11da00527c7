# asyncio.run cancels tasks still pending when main returns and waits for them.
import asyncio

async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever cleaned up")

async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
