import asyncio
import random

random.seed(42)


async def job(name):
    d = round(random.uniform(0.1, 2.0), 2)
    await asyncio.sleep(d)
    return name, d


async def main():
    pending = {asyncio.create_task(job(f"job{i}")) for i in range(6)}
    order = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            name, d = t.result()
            order.append(name)
            print(f"{loop.time() - start:5.2f}s {name} slept {d}")
    print(" -> ".join(order))
    t1 = asyncio.create_task(asyncio.sleep(5, result="late"))
    done, pending = await asyncio.wait({t1}, timeout=1.5)
    print(f"after timeout: done={len(done)} pending={len(pending)}")
    t1.cancel()
    await asyncio.sleep(0)
    print(t1.cancelled(), random.randint(1, 100), random.choice("abcdef"))


asyncio.run(main())
