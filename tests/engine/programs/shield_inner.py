# shield(): cancelling the outer await does not cancel the inner task, which finishes.
import asyncio

async def important():
    await asyncio.sleep(2)
    print("important finished")
    return 42

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result", await inner)

asyncio.run(main())
