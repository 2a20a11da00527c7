# TaskGroup: a failing child cancels its siblings; the group raises an ExceptionGroup.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        if n == 2:
            raise ValueError("child 2 failed")
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2, 3):
                tg.create_task(child(n))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])

asyncio.run(main())
