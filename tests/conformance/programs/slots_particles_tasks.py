import asyncio


class Particle:
    __slots__ = ("name", "x", "v")

    def __init__(self, name, x, v):
        self.name = name
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt

    def __repr__(self):
        return f"Particle({self.name!r}, x={self.x:.2f})"


class Tagged(Particle):
    __slots__ = ("tag",)


class Loose(Particle):
    pass


async def simulate(p, steps):
    for _ in range(steps):
        await asyncio.sleep(0.1)
        p.step(0.1)
    return p


async def main():
    ps = [Particle(f"p{i}", i * 1.0, 1.5 - i) for i in range(3)]
    done = await asyncio.gather(*(simulate(p, 4) for p in ps))
    print(done)
    print(Particle.__slots__, hasattr(ps[0], "__dict__"), Particle.x)
    t = Tagged("t", 0, 1)
    t.tag = "标签"
    print(t, t.tag)
    l = Loose("l", 0, 0)
    l.extra = 42
    print(l.__dict__, vars(l))
    for obj, attr in ((ps[0], "color"), (t, "weight")):
        try:
            setattr(obj, attr, 1)
        except AttributeError as e:
            print("AttributeError:", e)
    bare = Particle.__new__(Particle)
    try:
        print(bare.name)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        class Broken:
            __slots__ = ("size",)
            size = 3
    except ValueError as e:
        print("ValueError:", e)
    ps[1].velocity = 0


asyncio.run(main())
