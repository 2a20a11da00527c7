class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


class Vector3(Vector):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


v = Vector(1, 2) + Vector(3, 4)
print(v, Vector.__slots__, hasattr(v, "__dict__"))
w = Vector3(1, 2, 3)
print(w.z, w)
try:
    v.z = 5
except AttributeError as e:
    print("AttributeError:", e)
empty = Vector.__new__(Vector)
try:
    print(empty.x)
except AttributeError as e:
    print("AttributeError:", e)
w.w = 0
