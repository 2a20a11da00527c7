"""Contended Lock and an Event with several waiters.

Demonstrates: when the lock is held, other tasks wait in FIFO order and
`locked()` is True; `Event.set()` wakes every waiter at once, `clear()` resets
it, `is_set()` reads it, and `wait()` on a set event returns at once.

Timeline: "A", "B", "C" each hold the lock for 1s: A t=0-1, B t=1-2, C t=2-3.
Three watchers wait on the event, which is set at t=3.5: all three wake at
t=3.5; after clear(), a late watcher waits until the second set() at t=4.
"""
import asyncio


async def critical(name, lock):
    print(f"t={asyncio.get_running_loop().time()} {name} wants the lock (locked={lock.locked()})")
    async with lock:
        print(f"t={asyncio.get_running_loop().time()} {name} holds it")
        await asyncio.sleep(1)


async def watcher(name, event):
    await event.wait()
    print(f"t={asyncio.get_running_loop().time()} {name} saw the event")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(critical(n, lock) for n in "ABC"))

    event = asyncio.Event()
    watchers = [asyncio.create_task(watcher(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(0.5)
    print("is_set before:", event.is_set())
    event.set()
    await asyncio.gather(*watchers)
    event.clear()
    late = asyncio.create_task(watcher("late", event))
    await asyncio.sleep(0.5)
    event.set()
    await late
    await watcher("already set", event)


asyncio.run(main())
