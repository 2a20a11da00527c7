import asyncio


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def retry(times, delay):
    def decorator(fn):
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except OSError as e:
                    wait = delay * 2 ** (attempt - 1)
                    print(f"  第{attempt}次失败: {e!r}, {wait:.2f}s 后重试")
                    await asyncio.sleep(wait)
            raise RuntimeError(f"{fn.__name__} 重试 {times} 次后仍失败")
        return wrapper
    return decorator


calls = make_counter()


@retry(times=3, delay=0.1)
async def flaky(threshold):
    n = calls()
    await asyncio.sleep(0.01)
    if n < threshold:
        raise ConnectionResetError(f"attempt {n}")
    return f"成功 on call {n}"


async def main():
    print(await flaky(3))
    adders = [lambda x, i=i: x + i for i in range(3)]
    print([f(10) for f in adders])
    c2 = make_counter(100)
    print(c2(), c2(5), c2.__name__, c2.__qualname__)
    await flaky(99)


asyncio.run(main())
