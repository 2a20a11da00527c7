"""Defining and running a coroutine (定义协程 / 运行协程).

The tutorial's two snippets: the `async def` definition and the
`asyncio.run(my_coroutine())` call.

Demonstrates: a coroutine can pause (`await asyncio.sleep(1)`) and continue
later; `asyncio.run` provides the event loop for the top-level coroutine.

Timeline: Task-1 prints "Hello" at t=0 and "World" at t=1, then ends.
"""
import asyncio

async def my_coroutine():
    print("Hello")
    await asyncio.sleep(1)
    print("World")


asyncio.run(my_coroutine())
