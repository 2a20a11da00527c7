import asyncio
from dataclasses import dataclass


@dataclass
class User:
    name: str
    age: int
    email: str = ""


async def load(i):
    await asyncio.sleep(0.01 * (5 - i))
    return User(f"user{i}", 20 + i * 3, f"u{i}@example.com" if i % 2 else "")


async def main():
    users = await asyncio.gather(*(load(i) for i in range(5)))
    width = max(len(u.name) for u in users) + 2
    for u in users:
        print(f"{u.name:<{width}}|{u.age:^5}|{u.email or '-':>18}|")
    u = users[1]
    print(f"{u.name=} {u.age=:03d} {u!r:.20}")
    print("{0.name} is {0.age}; {1[0]} {d[k]}".format(u, ["x"], d={"k": "v"}))
    print("%(name)s is %(age)d years" % {"name": u.name, "age": u.age})
    print(f"{3.14159:{8}.{3}f}|{42:#010b}|{-42:x}|{255:#X}|{1234567:,d}|{0.000012345:.3g}")
    print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{12:+d}|{-12: d}|{12: d}")
    print(f"{True!s} {None!r} {'é'!a} {[1, 'a']!s:>12}")
    print(format(1e-7), format(123456789.0), format(1e22), format(0.1, ".20f"))
    print(round(-2.5), round(-1.5), round(0.5), round(1.005, 2), round(123.456, 1))
    print(sorted(["Banana", "apple", "Cherry"], key=str.casefold), sorted("bca", reverse=True))
    try:
        list(zip([1, 2], [3], strict=True))
    except ValueError as e:
        print("ValueError:", e)
    print(*[1, 2, 3], sep=" < ", end=" !\n")
    funcs = [lambda i=i: i * 10 for i in range(3)]
    late = [lambda: i for i in range(3)]
    print([f() for f in funcs], [f() for f in late])
    total = 0

    def add(n):
        nonlocal total
        total += n

    for n in range(5):
        add(n)
    print(total, f"{total:.2%}", f"{1/3:.3}")
    print(f"{u.age:{'>'}{10}}")


asyncio.run(main())
