import asyncio


class Shape:
    sides = 0

    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name.title()

    @name.setter
    def name(self, value):
        if not value:
            raise ValueError("name must not be empty")
        self._name = value

    @classmethod
    def create(cls, *args):
        return cls(*args)

    @staticmethod
    def describe(n):
        return f"{n}-sided"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


async def measure(shape):
    await asyncio.sleep(0)
    return shape.name, shape.area(), Shape.describe(shape.sides)


async def main():
    shapes = [Rect(2, 3), Square.create(2), Rect.create(1, 10)]
    for row in await asyncio.gather(*map(measure, shapes)):
        print(*row)
    print(sorted(shapes)[0].name, min(shapes).area(), max(shapes, key=lambda s: s.w).name)
    try:
        shapes[0].name = ""
    except ValueError as e:
        print(e)
    print(Square.__mro__[1].__name__, Square.sides, vars(shapes[1]))
    await measure(Shape("blob"))


asyncio.run(main())
