# cancel() delivers CancelledError at the await; the task may clean up; cancelling() counts.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
        await asyncio.sleep(1)
        print("cleanup done")
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    t.cancel("stop")
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled())

asyncio.run(main())
