import asyncio


class FetchError(Exception):
    def __init__(self, url, code):
        super().__init__(f"{url} returned {code}")
        self.url = url
        self.code = code


async def fetch(url, delay, code=200):
    await asyncio.sleep(delay)
    if code != 200:
        raise FetchError(url, code)
    return {"url": url, "size": len(url) * 100}


async def main():
    urls = [("/a", 0.3), ("/bb", 0.1, 404), ("/ccc", 0.2), ("/dddd", 0.05, 500)]
    results = await asyncio.gather(*(fetch(*u) for u in urls), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    bad = [r for r in results if isinstance(r, Exception)]
    print("ok:", ok)
    print("bad:", bad)
    for e in bad:
        print(f"  {type(e).__name__}: url={e.url!r} code={e.code} args={e.args}")
    total = sum(r["size"] for r in ok)
    print(f"total size = {total:,} bytes ({total / 1024:.3f} KiB)")
    print(await asyncio.gather())
    try:
        await asyncio.gather(fetch("/x", 0.1), fetch("/y", 0.2, 403))
    except FetchError as e:
        print("first error propagated:", e)
    await asyncio.gather(fetch("/z", 0.1, 418))


asyncio.run(main())
