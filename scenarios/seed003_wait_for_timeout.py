"""Timeout control (超时控制).

Demonstrates: `asyncio.wait_for(coro, timeout=1)` cancels the coroutine when the
timeout expires and raises `asyncio.TimeoutError`, caught here; "Hello" is never
printed.

Timeline: main awaits wait_for at t=0; the inner task sleeps and is cancelled at
t=1; main prints "Timeout!" at t=1 and ends.
"""
import asyncio

async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)

async def main():
    try:
        await asyncio.wait_for(say("Hello", 3), timeout=1)
    except asyncio.TimeoutError:
        print("Timeout!")

asyncio.run(main())
