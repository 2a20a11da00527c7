# A getter woken by put_nowait but cancelled before running passes the item's wake-up to
# the next getter.
import asyncio

async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.gather(g1, g2)
    print("left:", q.qsize())

asyncio.run(main())
