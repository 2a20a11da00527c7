import asyncio
import functools
import time


def timed(label=None):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return await fn(*args, **kwargs)
            finally:
                print(f"[{label or fn.__name__}] {time.perf_counter() - start:.3f}s")
        return wrapper
    return deco


@timed()
async def brew(kind, minutes):
    await asyncio.sleep(minutes / 10)
    return f"{kind} coffee"


@timed("toast")
async def toast(slices):
    for i in range(slices):
        await asyncio.sleep(0.1)
    if slices > 3:
        raise OverflowError("toaster only holds 3")
    return ["toast"] * slices


async def main():
    breakfast = await asyncio.gather(brew("black", 4), toast(2), brew("latte", 2))
    print(breakfast)
    print(brew.__name__, brew.__wrapped__.__name__, asyncio.iscoroutinefunction(brew))
    coro = brew("x", 0)
    print(asyncio.iscoroutine(coro), type(coro).__name__)
    coro.close()
    await toast(4)


asyncio.run(main())
