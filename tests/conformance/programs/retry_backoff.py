import asyncio
import random
import time

random.seed(7)


class TransientError(Exception):
    pass


def retry(times=3, base=0.1):
    def deco(fn):
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except TransientError as e:
                    wait = base * 2 ** (attempt - 1)
                    print(f"  {fn.__name__}{args}: attempt {attempt} failed ({e}); retry in {wait:.2f}s")
                    if attempt == times:
                        raise
                    await asyncio.sleep(wait)
        return wrapper
    return deco


@retry(times=4)
async def flaky(name):
    await asyncio.sleep(0.05)
    if random.random() < 0.6:
        raise TransientError(f"{name} hiccup")
    return f"{name}: ok"


async def main():
    start = time.time()
    results = await asyncio.gather(*(flaky(n) for n in ["alpha", "beta", "gamma"]), return_exceptions=True)
    for r in results:
        print(repr(r))
    print(f"elapsed: {time.time() - start:.2f}s")
    t0 = time.monotonic()
    await asyncio.sleep(1.25)
    print(f"monotonic delta {time.monotonic() - t0:.3f}")
    print(await flaky("delta"))
    print(await flaky("epsilon"))


asyncio.run(main())
