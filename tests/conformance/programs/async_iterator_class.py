import asyncio


class Countdown:
    def __init__(self, start, delay=0.25):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1

    def __repr__(self):
        return f"Countdown(current={self.current})"


class Pages:
    def __init__(self, data, size):
        self.data, self.size = data, size

    def __aiter__(self):
        self.pos = 0
        return self

    async def __anext__(self):
        if self.pos >= len(self.data):
            raise StopAsyncIteration
        page = self.data[self.pos:self.pos + self.size]
        self.pos += self.size
        await asyncio.sleep(0)
        return page


async def main():
    c = Countdown(3)
    async for n in c:
        print("T-minus", n, c)
    print(c)
    pages = Pages(list("abcdefghij"), 4)
    async for i, page in aenumerate(pages):
        print(i, "".join(page).upper())
    print([p async for p in Pages("xyz", 2)])
    for x in Countdown(2):
        print(x)


async def aenumerate(ait, start=0):
    i = start
    async for item in ait:
        yield i, item
        i += 1


asyncio.run(main())
