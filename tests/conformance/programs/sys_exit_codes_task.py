import asyncio
import sys


async def worker(n):
    try:
        await asyncio.sleep(n)
        print("worker", n, "done")
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in (1, 2, 3)]
    await asyncio.sleep(1.5)
    try:
        sys.exit(0)
    except SystemExit as e:
        print("caught SystemExit, code =", e.code, repr(e))
    await asyncio.sleep(1)
    print("exiting with 3")
    sys.exit(3)


asyncio.run(main())
