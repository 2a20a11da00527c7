import asyncio


async def fibonacci(limit, delay):
    a, b = 0, 1
    for i in range(limit):
        yield i, a
        a, b = b, a + b
        if i % 25 == 0:
            await asyncio.sleep(delay)


async def watch(name, limit, delay):
    milestones = {}
    async for i, value in fibonacci(limit, delay):
        if i in (10, 50, 93, 94, 100, 150):
            milestones[i] = value
            print(f"[{name}] fib({i:>3}) = {value:>32} ({value.bit_length()} bits)")
    return milestones


async def main():
    left, right = await asyncio.gather(watch("a", 151, 0.01), watch("b", 101, 0.02))
    print(left[100] == right[100], left[100] is not None, hash(left[100]) == hash(right[100]))
    fib100 = left[100]
    print(f"{fib100:,} | {fib100:+_} | {fib100:^40} | {fib100:040d}")
    print(f"{fib100:#x} {fib100:#o} {fib100:X} {fib100:b}"[:80])
    print("%d %x %s %.3e %r" % (fib100, fib100, fib100, fib100, -fib100))
    print(fib100 / left[94], left[150] / fib100, left[150] // fib100, left[150] % fib100)
    print(float(fib100), fib100 == float(fib100), int(float(fib100)), float(left[94]) == left[94])
    print(fib100 > 3.5e20, fib100 < 3.6e20, -fib100 < -3.5e20, 2 ** 64 == 2.0 ** 64, 2 ** 53 + 1 == 2.0 ** 53)
    print(-fib100 >> 10, fib100 << 10, fib100 & 0xFFFF, -fib100 | 0xFF, fib100 ^ -1, ~fib100)
    print(pow(fib100, 3, 10 ** 9 + 7), pow(3, fib100, 1000), pow(fib100, -1, 97), fib100 ** -1)
    print(round(fib100, -10), round(fib100, -30), round(-fib100, -5), abs(-fib100))
    print(int(str(fib100)) == fib100, int(hex(fib100), 16) == fib100, int("-" + "9" * 30))
    total = 0
    for i in range(1, 40):
        total += 7 ** i
    print(total, total % 10 ** 9, len(str(total)))


asyncio.run(main())
