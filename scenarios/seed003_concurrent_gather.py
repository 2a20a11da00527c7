"""Running several coroutines concurrently with gather (基于gather也可以实现一样的效果).

Demonstrates: the same effect as create_task + await, with `asyncio.gather`.

Timeline: identical to seed003_concurrent_create_task: both children sleep from
t=0 to t=1, "Hello" then "World" at t=1.
"""
import asyncio

async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)

async def main():
    await asyncio.gather(
        say("Hello", 1),
        say("World", 1)
    )

asyncio.run(main())
