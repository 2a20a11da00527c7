from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

d = {"b": 2, "a": 1, 3: [1, 2], (1, 2): {"x": None}, 1.5: True}
print(d)
print(repr(d), str(d.keys()), d.values(), d.items())
s = {3, 1, 2}
print(s, set(), frozenset({1}), frozenset(), {(): 1})
print(sorted({"pear", "apple", "fig"}), {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} ^ {2, 3})
print(OrderedDict(a=1, b=2), defaultdict(int, {"x": 1}), defaultdict(list))
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5])
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
print(dq, list(reversed(dq)), dq.maxlen)
dq.rotate(2)
print(dq)
Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, p._asdict(), p._replace(x=10), p.x + p.y, Point._fields)
nested = {"list": [1, [2, [3, []]]], "tuple": (1,), "empty": (), "str": "it's", "q": 'say "hi"'}
print(nested)
print([None, True, False, ..., NotImplemented, range(3), "\n\t\\", "中文"])
print(str("中文"), repr("tab\there"), ascii("中文"), repr("'\""))
a = [1, 2]
a.append(a)
print(a)
dd = {}
dd["self"] = dd
print(dd)
print({k: v for k, v in zip("abc", range(3))}, dict.fromkeys("xy", 0))
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged, {**merged, "c": 4}, list(merged))
print(type(d.keys()).__name__, type(iter(d)).__name__, len(d), "a" in d, 3 in d.values())
print(d.pop("zz", "default"), d.get("nope"), d.setdefault("new", []), d)
del d["zzz"]
