import asyncio
from contextlib import asynccontextmanager, contextmanager, suppress


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.sem = asyncio.Semaphore(size)

    @asynccontextmanager
    async def connection(self, who):
        async with self.sem:
            conn = self.free.pop(0)
            print(f"{who} took conn{conn}")
            try:
                yield conn
            except ZeroDivisionError as e:
                print(f"{who} failed inside: {e}")
                raise
            finally:
                self.free.append(conn)
                print(f"{who} returned conn{conn}")


@contextmanager
def section(title):
    print(f"<{title}>")
    yield title.upper()
    print(f"</{title}>")


async def user(pool, who, work):
    async with pool.connection(who) as c:
        await asyncio.sleep(work)
        return c * 100 // work if work else c // work


async def main():
    pool = Pool(2)
    with section("batch") as t:
        print(t)
        res = await asyncio.gather(user(pool, "u1", 0.2), user(pool, "u2", 0.1), user(pool, "u3", 0.3),
                                   return_exceptions=True)
        print(res)
    with suppress(ZeroDivisionError):
        await user(pool, "u4", 0)
    print("pool free", sorted(pool.free))
    async with pool.connection("u5") as c:
        raise KeyError(c)


asyncio.run(main())
