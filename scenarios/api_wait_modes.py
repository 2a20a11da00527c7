"""asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeout.

Demonstrates: the three `return_when` modes and `timeout` (which returns the
unfinished tasks in `pending` without cancelling them). Sets are printed sorted
by task name so the output does not depend on set order.

Timeline: tasks "a1" (1s), "a2" (2s), "err" (raises at 1.5s) and "a4" (4s) start
at t=0. FIRST_COMPLETED returns at t=1, FIRST_EXCEPTION at t=1.5, wait with
timeout=1 returns at t=2.5 with a4 pending, ALL_COMPLETED at t=4.
"""
import asyncio


async def work(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError("failed")
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(work(1), name="a1"),
        asyncio.create_task(work(2), name="a2"),
        asyncio.create_task(work(1.5, fail=True), name="err"),
        asyncio.create_task(work(4), name="a4"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"t={loop.time()} FIRST_COMPLETED done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"t={loop.time()} FIRST_EXCEPTION done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(tasks, timeout=1)
    print(f"t={loop.time()} timeout=1 done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(f"t={loop.time()} ALL_COMPLETED done={names(done)} pending={names(pending)}")
    for t in tasks:
        print(t.get_name(), t.exception() or t.result())


asyncio.run(main())
