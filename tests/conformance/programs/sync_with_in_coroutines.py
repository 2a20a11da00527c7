import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


async def step(x):
    await asyncio.sleep(0.1)
    if x < 0:
        raise ValueError("negative")
    return x ** 0.5


async def main():
    with Resource("r1") as r, Resource("r2"):
        print(await step(16), r.name)
    try:
        with Resource("r3"):
            await step(-1)
    except ValueError as e:
        print("caught", e)
    values = [await step(v) for v in range(5)]
    print(values)
    print([f"{v:.3f}" for v in values], round(sum(values), 4))
    for i, (a, b) in enumerate(zip(values, values[1:])):
        print(i, f"{b - a:+.4f}")
    x = 10
    while x > 0:
        x -= 3
        if x == 4:
            continue
        print("x", x)
    else:
        print("loop done")
    print(divmod(17, 5), 17 // -5, -17 % 5, 2 ** -3, 10 / 4, 7 / 7)
    print(int("12") + float("1.5"), str(12) + "3", bool(""), bool("0"), None is None)
    assert x == -2, f"x is {x}"
    assert x > 0, f"x is {x}"


asyncio.run(main())
