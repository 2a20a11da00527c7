# Event.set() wakes every waiter, in the order they started waiting; clear() re-arms it.
import asyncio

async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke")

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("x", "y", "z")]
    await asyncio.sleep(1)
    event.set()
    print("set")
    await asyncio.gather(*tasks)
    event.clear()
    print("is_set:", event.is_set())

asyncio.run(main())
