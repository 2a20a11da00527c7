# Cancelling a task blocked in wait_for cancels the inner task and waits for it first.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner cleanup")

async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("done", t.cancelled())

asyncio.run(main())
