import asyncio
from collections import deque


class RateLimiter:
    def __init__(self, rate, per):
        self.rate, self.per = rate, per
        self.stamps = deque()

    async def __aenter__(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self.stamps and now - self.stamps[0] >= self.per:
                self.stamps.popleft()
            if len(self.stamps) < self.rate:
                self.stamps.append(now)
                return self
            await asyncio.sleep(self.per - (now - self.stamps[0]))

    async def __aexit__(self, *exc):
        return False


async def call(limiter, i, start):
    async with limiter:
        t = asyncio.get_running_loop().time() - start
        print(f"request {i:02d} at t={t:.2f}")
        return round(t, 2)


async def main():
    limiter = RateLimiter(3, 1.0)
    start = asyncio.get_running_loop().time()
    times = await asyncio.gather(*(call(limiter, i, start) for i in range(8)))
    print(times)
    buckets = {}
    for t in times:
        buckets.setdefault(int(t), []).append(t)
    print(buckets, all(len(v) <= 3 for v in buckets.values()))


asyncio.run(main())
