"""The asyncio documentation's first example — 官方文档的第一个例子

What it demonstrates: awaiting coroutines one after the other takes the sum of their delays;
time.strftime reads the virtual wall clock (UTC, starting at the epoch), so the times printed
are reproducible.

What to look for on the timeline: main waits 1 s, then 2 s, and finishes at t=3.
"""
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print(f"started at {time.strftime('%X')}")
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f"finished at {time.strftime('%X')}")

asyncio.run(main())
