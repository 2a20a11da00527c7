import asyncio


class Buffer:
    def __init__(self, cap):
        self.items = []
        self.cap = cap
        self.cond = asyncio.Condition()

    async def put(self, x):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.cap)
            self.items.append(x)
            self.cond.notify_all()

    async def take(self, who):
        async with self.cond:
            while not self.items:
                print(f"{who} waits")
                await self.cond.wait()
            x = self.items.pop(0)
            self.cond.notify()
            return x


async def consumer(buf, who, n, out):
    for _ in range(n):
        out.append((who, await buf.take(who)))


async def main():
    buf = Buffer(2)
    out = []
    cons = [asyncio.create_task(consumer(buf, c, 3, out)) for c in "AB"]
    await asyncio.sleep(0.1)
    for i in range(6):
        await buf.put(i * 10)
        await asyncio.sleep(0)
    await asyncio.gather(*cons)
    print(out)
    print(sorted(v for _, v in out))
    c = asyncio.Condition()
    try:
        c.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with c:
        print("locked inside:", c.locked())
        c.notify_all()
    print("locked after:", c.locked())


asyncio.run(main())
