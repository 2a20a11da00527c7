import asyncio
import functools


def log_calls(func):
    @functools.wraps(func)
    async def inner(*args, **kwargs):
        print(f"-> {func.__name__}({', '.join(map(repr, args))})")
        result = await func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return inner


class Cache:
    def __init__(self):
        self._data = {}
        self.hits = self.misses = 0

    async def get(self, key, loader):
        if key in self._data:
            self.hits += 1
            return self._data[key]
        self.misses += 1
        value = await loader(key)
        self._data[key] = value
        return value

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(sorted(self._data))


@log_calls
async def load(key):
    await asyncio.sleep(0.2)
    return key * 2


async def main():
    c = Cache()
    for k in ["a", "b", "a", "c", "b"]:
        await c.get(k, load)
    print(len(c), "a" in c, "z" in c, list(c), c.hits, c.misses)
    results = await asyncio.gather(c.get("d", load), c.get("d", load))
    print(results, c.misses)
    print(load.__name__, load.__wrapped__)
    print(getattr(c, "missing", "default"), hasattr(c, "_data"))
    print(c["a"])


asyncio.run(main())
