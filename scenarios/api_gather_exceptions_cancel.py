"""gather: return_exceptions, a cancelled child, cancelling the gather.

Demonstrates: with `return_exceptions=True`, exceptions and CancelledError of
children come back as values; cancelling the future returned by `gather`
cancels every child that is still running.

Timeline: part 1: "ok" ends at t=1, "boom" raises at t=1 and "slow" is cancelled
by main at t=0.5; gather returns at t=1. Part 2: two children sleep for 10s; main
cancels the gather at t=2 and both children print that they were cancelled. The
awaiting main gets CancelledError, yet `g2.cancelled()` is False: in CPython 3.11
a gather cancelled through `cancel()` ends with a CancelledError *exception*.
"""
import asyncio


async def ok():
    await asyncio.sleep(1)
    return "ok"


async def boom():
    await asyncio.sleep(1)
    raise ValueError("boom")


async def slow(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cancelled at t={asyncio.get_running_loop().time()}")
        raise


async def main():
    slow_task = asyncio.create_task(slow("slow"))
    g = asyncio.gather(ok(), boom(), slow_task, return_exceptions=True)
    await asyncio.sleep(0.5)
    slow_task.cancel()
    results = await g
    print("results:", results)
    print("types:", [type(r).__name__ for r in results])

    g2 = asyncio.gather(slow("child-1"), slow("child-2"))
    await asyncio.sleep(1)
    g2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("gather cancelled:", g2.cancelled())


asyncio.run(main())
