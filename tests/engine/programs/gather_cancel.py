# Cancelling a gather cancels its children; awaiting it raises CancelledError, yet in 3.11
# the gather future itself reports cancelled() == False.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "finished")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(5))
    await asyncio.sleep(2)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError", g.cancelled())

asyncio.run(main())
