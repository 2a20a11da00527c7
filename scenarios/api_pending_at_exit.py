"""What asyncio.run does with tasks still pending when main returns.

Demonstrates: when the main coroutine returns, `asyncio.run` cancels every task
that is still pending and runs them until they finish: their `except
CancelledError` / `finally` blocks run (and may even await). A background task
that failed and whose exception nobody retrieved is reported on stderr ("Task
exception was never retrieved", then its traceback) when it is garbage
collected.

Timeline: "heartbeat" beats at t=1, 2, 3; "failing" raises at t=1.5 without
anyone awaiting it; main returns at t=3.5; heartbeat and "cleanup" are then
cancelled at t=3.5 (in all_tasks() set order: creation order with the stable
hashes of Awaitscope and the reference harness; real CPython's order depends on
object addresses), and cleanup needs 0.5s more to close, so the program ends at
t=4.
"""
import asyncio


async def heartbeat():
    n = 0
    try:
        while True:
            await asyncio.sleep(1)
            n += 1
            print(f"t={asyncio.get_running_loop().time()} beat {n}")
    finally:
        print(f"heartbeat stopped after {n} beats")


async def cleanup():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("cleanup: cancelled, closing resources...")
        await asyncio.sleep(0.5)
        print(f"cleanup: closed at t={asyncio.get_running_loop().time()}")
        raise


async def failing():
    await asyncio.sleep(1.5)
    raise RuntimeError("nobody is listening")


async def main():
    asyncio.create_task(heartbeat(), name="heartbeat")
    asyncio.create_task(cleanup(), name="cleanup")
    asyncio.create_task(failing(), name="failing")
    await asyncio.sleep(3.5)
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
