# Done callbacks run through the ready queue, in registration order, after the task ends.
import asyncio
from functools import partial

def report(tag, fut):
    print("callback", tag, fut.result())

async def work():
    await asyncio.sleep(1)
    print("work returns")
    return "A"

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(partial(report, 1))
    t.add_done_callback(partial(report, 2))
    print("awaited:", await t)
    t.add_done_callback(partial(report, 3))
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
