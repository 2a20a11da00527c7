"""sleep(delay, result), task names, current_task and all_tasks.

Demonstrates: `asyncio.sleep(delay, result)` returns `result`;
`asyncio.create_task(coro, name=...)`, `get_name()` / `set_name()`;
`asyncio.current_task()` inside a task; `asyncio.all_tasks()` (sorted by name
here) lists the tasks not yet done.

Timeline: "fetcher" and "worker" start at t=0; the unnamed Task-4 is renamed
"renamed"; fetcher ends at t=1 with 'payload', worker at t=2, renamed at t=3.
"""
import asyncio


async def job(delay, value):
    me = asyncio.current_task()
    print(f"{me.get_name()} starts, sleeping {delay}s")
    got = await asyncio.sleep(delay, result=value)
    print(f"{me.get_name()} got {got!r}")
    return got


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(job(1, "payload"), name="fetcher")
    t2 = asyncio.create_task(job(2, 42), name="worker")
    t3 = asyncio.create_task(job(3, None))
    print("unnamed task is", t3.get_name())
    t3.set_name("renamed")
    print("pending:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await t1, await t2, await t3)
    print("left:", [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
