# cancelling()/uncancel() count requests; a task that swallows CancelledError keeps running.
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print("slept", i)
        except asyncio.CancelledError:
            print("ignored cancel", i, asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    t.cancel()
    print("requests:", t.cancelling())
    print(await t, t.cancelling())

asyncio.run(main())
