# Without return_exceptions the first exception propagates at once; siblings keep running.
import asyncio

async def ok(n):
    await asyncio.sleep(n)
    print("ok", n)
    return n

async def bad():
    await asyncio.sleep(1)
    raise ValueError("boom")

async def main():
    try:
        await asyncio.gather(ok(2), bad())
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(2)
    print(await asyncio.gather(ok(1), bad(), return_exceptions=True))

asyncio.run(main())
