import asyncio
import math

rows = [("苹果", 3, 4.5), ("香蕉", 12, 0.25), ("Cherry", 100, 12.125), ("榴莲", 1, 88.0)]


async def price_feed(name, base):
    for i in range(3):
        await asyncio.sleep(0.1)
        yield name, base * (1 + i / 10)


async def main():
    print(f"{'名称':<8}|{'数量':>6}|{'单价':>8}|{'小计':>10}")
    print("-" * 36)
    total = 0
    for name, qty, price in rows:
        sub = qty * price
        total += sub
        print(f"{name:<8}|{qty:>6d}|{price:>8.2f}|{sub:>10,.3f}")
    print(f"{'合计':<8}|{total:>27,.2f}")
    print(f"{math.pi:.5f} {1234567.891:e} {0.000123:.2%} {255:#x} {255:08b} {-42:+d} {7:^7}|")
    print(f"{'centered':*^20} {3.0:g} {1e20:g} {True!r:>6} {None!s}")
    async for name, p in price_feed("股票A", 10):
        print(f"{name}: {p:7.3f} {'↑' if p > 10 else '='}")
    width, prec = 10, 3
    print(f"[{math.e:{width}.{prec}f}] [{'x'!r:>{width}}] {{literal}}")


asyncio.run(main())
