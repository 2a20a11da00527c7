"""An uncaught exception inside a task: traceback and exit code 1.

Demonstrates: an exception raised three calls deep in a child task propagates
through `await task` into main and out of `asyncio.run`; Python prints the
traceback on stderr (its last line is `ZeroDivisionError: division by zero`)
and exits with code 1. Output printed before the error is kept.

Timeline: "calculator" (Task-2) starts at t=0, fails at t=1 with
ZeroDivisionError; main (Task-1) then fails with the same exception at t=1.
"""
import asyncio


def ratio(a, b):
    return a / b


async def compute(values):
    await asyncio.sleep(1)
    return [ratio(10, v) for v in values]


async def main():
    task = asyncio.create_task(compute([5, 2, 0, 1]), name="calculator")
    print("computing ratios...")
    results = await task
    print("never printed", results)


asyncio.run(main())
