import asyncio


async def runner(barrier, name, delay, log):
    await asyncio.sleep(delay)
    print(f"{name} 到达屏障 (waiting={barrier.n_waiting})")
    idx = await barrier.wait()
    log.append((name, idx))
    print(f"{name} 通过, index={idx}")


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} 消费 {item}")


async def main():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(runner(barrier, f"选手{i}", 0.1 * i, log) for i in range(3)))
    print(sorted(log), barrier.broken, repr(barrier)[:20])
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for n in range(3):
        async with cond:
            items.append(f"包裹{n}")
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cs)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", type(e).__mro__[1].__name__)


asyncio.run(main())
