"""What a Future and a Queue look like when printed, state by state.

Demonstrates: the repr of a Future while pending, after set_result, after
set_exception and after cancel (with a message), with `done()`,
`cancelled()` and `exception()`; printing an empty queue of each kind shows its
class and maxsize.

Timeline: one task, everything at t=0 except the future resolved by
call_later at t=1.
"""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    pending = loop.create_future()
    print(pending, pending.done())
    loop.call_later(1, pending.set_result, {"answer": 42})
    print("awaited:", await pending)
    print(pending, pending.done(), pending.cancelled())

    failed = loop.create_future()
    failed.set_exception(ValueError("bad input"))
    print(failed, repr(failed.exception()))

    cancelled = loop.create_future()
    print("cancel() ->", cancelled.cancel("no longer needed"))
    print(cancelled, cancelled.cancelled())
    try:
        cancelled.result()
    except asyncio.CancelledError as e:
        print("result() raised", repr(e))

    for queue in (asyncio.Queue(), asyncio.LifoQueue(maxsize=3), asyncio.PriorityQueue(5)):
        print(queue)    # str() of a queue; its repr() would add the address


asyncio.run(main())
