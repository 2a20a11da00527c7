import asyncio
import random
from collections import namedtuple

Order = namedtuple("Order", ["id", "item", "qty"])
random.seed(1)
MENU = {"咖啡": 3.5, "茶": 2.0, "蛋糕": 4.25}


async def kitchen(q, log):
    while True:
        order = await q.get()
        cook = random.uniform(0.1, 0.5)
        await asyncio.sleep(cook)
        log.append((order.id, order.item, f"{cook:.3f}"))
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    cooks = [asyncio.create_task(kitchen(q, log)) for _ in range(2)]
    orders = [Order(i, random.choice(list(MENU)), random.randint(1, 3)) for i in range(6)]
    for o in orders:
        q.put_nowait(o)
    await q.join()
    for c in cooks:
        c.cancel()
    total = sum(MENU[o.item] * o.qty for o in orders)
    for entry in log:
        print(*entry, sep=" | ")
    print(f"合计: ¥{total:>8.2f}")
    print("%-6s%5d" % ("件数", sum(o.qty for o in orders)))
    print(sorted(orders, key=lambda o: (-o.qty, o.id))[:3])
    print(random.sample(range(100), 5), random.gauss(0, 1) > -10, random.shuffle([1]) is None)
    r = await asyncio.gather(*cooks, return_exceptions=True)
    print(r)


asyncio.run(main())
