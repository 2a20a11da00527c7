import asyncio

async def main():
    s = """a
b"""
    await asyncio.sleep(0)
    x = (1,
         2)
    return x

asyncio.run(main())
