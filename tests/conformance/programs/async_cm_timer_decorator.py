import asyncio
import functools
from contextlib import asynccontextmanager


class Timer:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        print(f"[{self.label}] 开始")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        elapsed = asyncio.get_running_loop().time() - self.start
        print(f"[{self.label}] 结束 {elapsed:.2f}s exc={exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


def logged(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = await func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper


@asynccontextmanager
async def connection(name):
    print(f"connect {name}")
    try:
        yield name.upper()
    finally:
        print(f"disconnect {name}")


@logged
async def compute(x, y=2):
    await asyncio.sleep(0.1)
    return x ** y


async def main():
    async with Timer("计算") as t:
        print(await compute(3), await compute(2, y=10))
    async with Timer("忽略KeyError"):
        {}["missing"]
    print("after suppressed KeyError", compute.__name__, compute.__wrapped__.__name__)
    async with connection("db") as conn, Timer("查询"):
        print("using", conn)
        await asyncio.sleep(0.05)
    async with Timer("失败"):
        raise ValueError("坏数据")


asyncio.run(main())
