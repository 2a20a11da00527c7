"""asyncio.shield when the waiting task is cancelled.

Demonstrates: a task awaiting `shield(inner)` gets CancelledError when it is
cancelled, but the inner task keeps running and its result can still be
awaited later.

Timeline: "saver" (Task-3) starts at t=0 and runs for 3s; "waiter" (Task-2)
awaits shield(saver) and is cancelled by main at t=1; saver still ends at t=3,
and main prints its result at t=3.
"""
import asyncio


async def save_to_disk():
    print("saving...")
    await asyncio.sleep(3)
    print("saved")
    return "file.txt"


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled, inner done?", inner.done())
        raise


async def main():
    inner = asyncio.create_task(save_to_disk(), name="saver")
    w = asyncio.create_task(waiter(inner), name="waiter")
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", w.cancelled(), "| inner cancelled:", inner.cancelled())
    print("inner result:", await inner)


asyncio.run(main())
