"""loop.call_soon, call_later and call_at.

Demonstrates: plain callbacks scheduled on the loop: call_soon runs them in
FIFO order on the next iteration, call_later after a delay, call_at at an
absolute loop time; `handle.cancel()` stops one; callbacks receive positional
arguments.

Timeline: the call_soon callbacks run at t=0 after main suspends; the call_later
callbacks at t=0.5 and t=2; the call_at one at t=1; the cancelled one never;
main ends at t=3.
"""
import asyncio


def report(loop, label, *args):
    print(f"t={loop.time():<4} {label}", *args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(report, loop, "call_soon #1")
    loop.call_soon(report, loop, "call_soon #2", "with", "args")
    loop.call_later(2, report, loop, "call_later(2)")
    loop.call_later(0.5, report, loop, "call_later(0.5)")
    loop.call_at(loop.time() + 1, report, loop, "call_at(now + 1)")
    handle = loop.call_later(1.5, report, loop, "never printed")
    handle.cancel()
    print("handle cancelled:", handle.cancelled())
    report(loop, "main before sleeping")
    await asyncio.sleep(3)
    report(loop, "main done")


asyncio.run(main())
