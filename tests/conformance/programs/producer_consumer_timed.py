import asyncio
import time


async def producer(q, n, name):
    for i in range(n):
        await asyncio.sleep(0.2)
        item = f"{name}-{i}"
        await q.put(item)
        print(f"{time.perf_counter() - T0:.1f} produced {item} (size {q.qsize()})")
    await q.put(None)


async def consumer(q, producers):
    finished = 0
    consumed = []
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
            continue
        await asyncio.sleep(0.3)
        consumed.append(item)
        print(f"{time.perf_counter() - T0:.1f}   consumed {item}")
    return consumed


async def main():
    q = asyncio.Queue(maxsize=2)
    prods = [producer(q, 3, "P"), producer(q, 2, "Q")]
    *_, consumed = await asyncio.gather(*prods, consumer(q, len(prods)))
    print(consumed, len(consumed))
    state = repr(q)
    print(f"total {time.perf_counter() - T0:.2f}s, queue {state[state.index('maxsize'):]}")


T0 = time.perf_counter()
asyncio.run(main())
