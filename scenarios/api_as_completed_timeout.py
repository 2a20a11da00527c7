"""asyncio.as_completed with a timeout.

Demonstrates: `as_completed(aws, timeout=2.5)` yields results in completion
order; once the timeout expires, awaiting the next one raises TimeoutError.
The tasks still running are not cancelled by as_completed: main cancels them.

Timeline: "c" (1s) and "a" (2s) are printed at t=1 and t=2; at t=2.5 the third
await raises TimeoutError; "b" (3s) and "d" (4s) are cancelled at t=2.5.
"""
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch(n, d), name=n)
             for n, d in [("a", 2), ("b", 3), ("c", 1), ("d", 4)]]
    try:
        for i, fut in enumerate(asyncio.as_completed(tasks, timeout=2.5)):
            result = await fut
            print(f"#{i} t={loop.time()}: {result}")
    except asyncio.TimeoutError:
        print(f"timed out at t={loop.time()}")
    for t in tasks:
        if not t.done():
            t.cancel()
    await asyncio.sleep(0)
    print({t.get_name(): ("cancelled" if t.cancelled() else t.result()) for t in tasks})


asyncio.run(main())
