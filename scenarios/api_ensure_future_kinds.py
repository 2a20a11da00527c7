"""asyncio.ensure_future with a coroutine, a Future, a Task and an awaitable.

Demonstrates: ensure_future wraps a coroutine in a new Task, returns a Future
or Task unchanged (`is` the same object), wraps any object with `__await__` in
a Task, and raises TypeError for anything else.

Timeline: Task-2 (from the coroutine) and Task-3 (from the awaitable object)
start at t=0; the future is resolved by call_later at t=1; everything is done at
t=1.
"""
import asyncio


async def coro():
    await asyncio.sleep(1)
    return "from coroutine"


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.5).__await__()
        return "from __await__"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, t.get_name())
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "from future")
    print("same future:", asyncio.ensure_future(fut) is fut)
    print("same task:", asyncio.ensure_future(t) is t)
    a = asyncio.ensure_future(Awaitable())
    print(type(a).__name__, a.get_name())
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    print(await t, "|", await fut, "|", await a)


asyncio.run(main())
