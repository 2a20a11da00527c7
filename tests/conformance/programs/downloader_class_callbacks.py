import asyncio
import time


class Downloader:
    def __init__(self, name, concurrency=2):
        self.name = name
        self.sem = asyncio.Semaphore(concurrency)
        self.results = {}

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r}, done={len(self.results)})"

    async def fetch(self, url):
        async with self.sem:
            start = time.perf_counter()
            await asyncio.sleep(len(url) / 10)
            self.results[url] = round(time.perf_counter() - start, 2)
            return url.upper()

    async def run(self, urls):
        tasks = {url: asyncio.create_task(self.fetch(url), name=f"get:{url}") for url in urls}
        for name, t in tasks.items():
            t.add_done_callback(lambda f, n=name: print(f"  callback {n} -> {f.result()}"))
        done = await asyncio.gather(*tasks.values())
        return dict(zip(tasks, done))


async def main():
    d = Downloader("dl")
    print(d)
    out = await d.run(["a.io", "bb.io", "c.io", "dddd.io"])
    print(out)
    print(d, sorted(d.results.items(), key=lambda kv: kv[1]))
    print(f"{sum(d.results.values()):.2f}", max(d.results, key=d.results.get))
    print(type(d).__name__, d.__class__.__qualname__, isinstance(d, object))
    print(asyncio.current_task().get_name(), asyncio.current_task().done())


asyncio.run(main())
