import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return f"Version({'.'.join(map(str, self.parts))!r})"

    def __str__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs), str(vs[0]), f"{vs[1]}", f"{vs[1]!r}")
print(len(set(vs)), Version("1.2.3") in vs, vs.index(Version("1.2.10")))
print(Version("1.0") <= Version("1.0"), Version("2.0") >= Version("1.9"), Version("1") != Version("1"))
print(Version("1.0") == "1.0", sorted(vs, reverse=True)[:2])
print({Version("1.0"): "first", Version("1.0"): "second"})


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    __radd__ = __add__

    def __bool__(self):
        return self.cents != 0

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f") + " EUR"

    def __repr__(self):
        return f"Money({self.cents})"


print(sum([Money(150), Money(275), Money(5)]), f"{Money(12345):,.2f}", f"{Money(1)}")
print(bool(Money(0)), bool(Money(3)), Money(1) + 4)
people = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 30, 2.0)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(sorted(people, key=functools.cmp_to_key(lambda a, b: (a[2] > b[2]) - (a[2] < b[2]))))
print(Version("1") < 3)
