import asyncio


async def worker(n):
    try:
        await asyncio.sleep(n)
        return n
    finally:
        print(f"worker {n} finally")


def show(task):
    # The repr names the file by its full path, which differs between machines.
    r = repr(task)
    print(r[:r.index(" coro=")], "| line", r[r.index(".py:") + 4:])


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in (3, 1, 2)]
    show(tasks[0])
    await asyncio.sleep(0)
    show(tasks[1])
    try:
        async with asyncio.timeout(1.5):
            print(await asyncio.gather(*tasks))
    except TimeoutError as e:
        print("timeout", repr(e))
    for t in tasks:
        print(t.get_name(), t.done(), t.cancelled())
    show(tasks[1])
    show(tasks[0])
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.set_result([1, 2])
    print(fut)
    f2 = asyncio.get_running_loop().create_future()
    f2.cancel(msg="bye")
    print(f2)
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("cancelled:", e)


asyncio.run(main())
