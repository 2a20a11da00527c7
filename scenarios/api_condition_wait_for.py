"""asyncio.Condition: wait_for, notify and notify_all.

Demonstrates: consumers wait with `cond.wait_for(predicate)` under the
condition's lock; the producer changes the state and calls notify(n) or
notify_all(); a woken waiter re-acquires the lock before it goes on.

Timeline: three waiters block at t=0; at t=1 the producer adds 1 item and
notifies one waiter (c0 takes it); at t=2 it adds 2 items and notifies all:
c1 and c2 take them, in waiting order.
"""
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(f"{name} got {item} at t={asyncio.get_running_loop().time()}")


async def producer(cond, items):
    await asyncio.sleep(1)
    async with cond:
        items.append("item-1")
        cond.notify(1)
    await asyncio.sleep(1)
    async with cond:
        items.extend(["item-2", "item-3"])
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [consumer(f"c{i}", cond, items) for i in range(3)]
    await asyncio.gather(*consumers, producer(cond, items))
    print("locked at the end:", cond.locked())


asyncio.run(main())
