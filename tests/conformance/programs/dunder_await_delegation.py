import asyncio


async def fetch_value(x):
    await asyncio.sleep(0.5)
    return x + 1


class Deferred:
    def __init__(self, x):
        self.x = x

    def __await__(self):
        result = yield from fetch_value(self.x).__await__()
        return result * 10


class Pause:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "paused once"


class Chain:
    def __init__(self, *parts):
        self.parts = parts

    def __await__(self):
        total = 0
        for p in self.parts:
            total += yield from Deferred(p).__await__()
        return total


async def main():
    print(await Deferred(1))
    print(await Pause())
    print(await Chain(1, 2, 3))
    t = asyncio.ensure_future(Deferred(5))
    print(type(t).__name__, t.done())
    print(await t)
    r = await asyncio.gather(Deferred(1), Pause(), fetch_value(7))
    print(r)
    co = fetch_value(0)
    it = co.__await__()
    print(type(it).__name__ in ("coroutine_wrapper", "coroutine"), hasattr(it, "send"))
    print(await co)
    print(await asyncio.wait_for(Deferred(2), 2))


asyncio.run(main())
