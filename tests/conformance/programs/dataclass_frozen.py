from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Sku:
    code: str
    size: int = 1

    def label(self):
        return f"{self.code}/{self.size}"


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


s = Sku("X1")
print(s, s.label(), hash(s) == hash(Sku("X1")))
print({s, Sku("X1"), Sku("X1", 2)} == {Sku("X1"), Sku("X1", 2)})
try:
    s.size = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
pts = sorted({Point(2, 1), Point(1, 5), Point(1, 2)})
print(pts, pts[0] < pts[1])
cache = {Point(0, 0): "origin"}
print(cache[Point(0, 0)])
del s.code
