import asyncio


async def download(name, size, speed):
    await asyncio.sleep(size / speed)
    return name, size


async def main():
    files = {"a.zip": (300, 100), "b.iso": (800, 200), "c.txt": (10, 50), "d.mp4": (500, 250)}
    coros = [download(n, s, v) for n, (s, v) in files.items()]
    total = sum(s for s, _ in files.values())
    got = 0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        name, size = await fut
        got += size
        pct = got / total
        print(f"[{i}/{len(files)}] {name:<6} {size:>4}B  {pct:6.1%}  t={loop.time() - t0:.2f}")
    slow = [download("s1", 10, 1), download("s2", 1, 1)]
    try:
        for fut in asyncio.as_completed(slow, timeout=5):
            print("done", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(10)


asyncio.run(main())
