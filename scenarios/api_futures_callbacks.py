"""Futures: create_future, set_result, set_exception, add_done_callback.

Demonstrates: a Future created with `loop.create_future()` is resolved from a
call_later callback; done callbacks run (in registration order) when it is
resolved, and can be removed; `result()` on a pending future raises
InvalidStateError, and setting a result twice too; a future set with an
exception re-raises it when awaited.

Timeline: fut is resolved at t=1 and its two remaining callbacks run at t=1
before main resumes; bad is failed at t=2.
"""
import asyncio


def on_done(tag):
    def callback(fut):
        print(f"  callback {tag}: {fut.result()!r}")
    return callback


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done?", fut.done())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("result() of a pending future:", type(e).__name__)
    fut.add_done_callback(on_done("A"))
    removed = on_done("removed")
    fut.add_done_callback(removed)
    fut.add_done_callback(on_done("B"))
    print("removed callbacks:", fut.remove_done_callback(removed))
    loop.call_later(1, fut.set_result, "hello")
    print("await fut ->", await fut, f"at t={loop.time()}")
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("set_result() on a done future:", type(e).__name__)

    bad = loop.create_future()
    loop.call_later(1, bad.set_exception, KeyError("missing"))
    try:
        await bad
    except KeyError as e:
        print(f"await bad -> KeyError {e} at t={loop.time()}, exception() = {bad.exception()!r}")


asyncio.run(main())
