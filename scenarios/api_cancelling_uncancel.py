"""Task.cancelling() and Task.uncancel() (Python 3.11).

Demonstrates: each `cancel()` request increments `cancelling()`; a task that
catches the CancelledError and calls `uncancel()` decrements it and can go on
working; the count is what asyncio.timeout uses to tell its own cancellation
from an outside one.

Timeline: "worker" starts at t=0; main cancels it twice at t=1; the worker
catches it, uncancels both requests and finishes its work at t=2.
"""
import asyncio


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("worker: caught cancel, cancelling() =", me.cancelling())
        while me.cancelling():
            print("worker: uncancel() ->", me.uncancel())
    await asyncio.sleep(1)
    print("worker: finished anyway")
    return "done"


async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(1)
    task.cancel()
    task.cancel()
    print("main: cancelling() after two cancel() calls =", task.cancelling())
    print("main: result", await task, "| cancelled():", task.cancelled())
    print("main: own cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
