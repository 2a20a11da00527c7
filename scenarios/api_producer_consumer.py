"""A deadlock-free producer/consumer with a bounded queue and sentinels.

Demonstrates: two producers and two consumers sharing an `asyncio.Queue(maxsize=2)`;
producers block when the queue is full; after both producers are finished, main
puts one `None` sentinel per consumer so every consumer stops: nothing is left
waiting, the program ends cleanly.

Timeline: producers put an item every 0.5s (p1) and 0.75s (p2), consumers take
1s per item; the queue fills up, so producers wait for space; the consumers
finish after the sentinels: c1 at t=3.75, c0 at t=4.5.
"""
import asyncio


async def producer(name, queue, count, pause):
    for i in range(count):
        await asyncio.sleep(pause)
        item = f"{name}-{i}"
        await queue.put(item)
        print(f"{asyncio.get_running_loop().time():5.2f} {name} put {item} (size {queue.qsize()})")


async def consumer(name, queue):
    handled = 0
    while True:
        item = await queue.get()
        if item is None:
            print(f"{asyncio.get_running_loop().time():5.2f} {name} stops after {handled} items")
            return handled
        await asyncio.sleep(1)
        handled += 1
        print(f"{asyncio.get_running_loop().time():5.2f} {name} handled {item}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await asyncio.gather(producer("p1", queue, 4, 0.5), producer("p2", queue, 3, 0.75))
    for _ in consumers:
        await queue.put(None)
    print("handled per consumer:", await asyncio.gather(*consumers))


asyncio.run(main())
