"""Cancelling a task with a message.

Demonstrates: `task.cancel(msg)` delivers a CancelledError whose args carry the
message inside the task; a task that catches CancelledError and returns is NOT
cancelled (it returns normally); `cancel()` on a finished task returns False;
awaiting a cancelled task raises CancelledError in the awaiting task.

Timeline: "sleeper" and "stubborn" start at t=0 and are cancelled at t=1;
sleeper ends cancelled, stubborn ends normally with "cleaned up"; main ends at
t=1.
"""
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("sleeper got CancelledError with args", e.args)
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("stubborn swallows", repr(e))
        return "cleaned up"


async def main():
    s = asyncio.create_task(sleeper(), name="sleeper")
    t = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(1)
    print("cancel() ->", s.cancel("user pressed stop"), t.cancel(msg="shutting down"))
    try:
        await s
    except asyncio.CancelledError as e:
        print("main: awaiting sleeper raised CancelledError", e.args)
    print("stubborn result:", await t, "| cancelled():", t.cancelled())
    print("cancel() on a done task ->", t.cancel())
    print("sleeper cancelled():", s.cancelled())


asyncio.run(main())
