import asyncio
async def main():
    try:
        raise ValueError("first")
    finally:
        await asyncio.sleep(0)
        raise KeyError("second")
asyncio.run(main())
