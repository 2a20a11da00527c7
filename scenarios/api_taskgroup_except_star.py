"""TaskGroup and except* (Python 3.11).

Demonstrates: `asyncio.TaskGroup` waits for all its tasks; when one fails, the
others are cancelled and all errors are raised together as an ExceptionGroup,
handled with `except*`. A successful group gives access to every result.

Timeline: group 1: "a" and "b" end at t=1 and t=2. Group 2 (from t=2): "bad"
raises ValueError at t=3, "worse" raises TypeError at t=3 too, "slow" is
cancelled at t=3; main handles both errors at t=3.
"""
import asyncio


async def work(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if exc:
        raise exc
    print(f"{name} done")
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 1))
        t2 = tg.create_task(work("b", 2))
    print("results:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("bad", 1, ValueError("bad value")))
            tg.create_task(work("worse", 1, TypeError("bad type")))
            tg.create_task(work("slow", 5))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions], type(eg).__name__)


asyncio.run(main())
