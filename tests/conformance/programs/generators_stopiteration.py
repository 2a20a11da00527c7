import asyncio


async def gen_numbers(limit):
    for i in range(limit):
        yield i
        await asyncio.sleep(0)


async def main():
    nums = [n async for n in gen_numbers(5)]
    print(nums, sum(nums), any(n > 3 for n in nums))
    evens = {n: n * n async for n in gen_numbers(6) if n % 2 == 0}
    print(evens)
    agen = gen_numbers(3)
    print(agen.__class__.__name__, hasattr(agen, "__anext__"))
    async for n in agen:
        print("got", n)
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    def sync_gen():
        x = yield 1
        print("received", x)
        y = yield x * 2
        return y
    g = sync_gen()
    print(next(g), g.send(21))
    try:
        g.send("end")
    except StopIteration as e:
        print("stop value", e.value)
    def countdown(n):
        while n:
            yield n
            n -= 1
    print(list(countdown(4)), sum(countdown(10)), max(countdown(3)))
    it = iter([1, 2, 3])
    print(next(it), next(it), next(it), next(it, "none"))
    gen = (x * x for x in range(4))
    print(gen.__class__.__name__, list(gen), list(gen))
    def delegate():
        r = yield from countdown(2)
        yield "after"
        return r
    print(list(delegate()))
    print(next(countdown(0)))


asyncio.run(main())
