import asyncio


async def score(name):
    await asyncio.sleep(len(name) / 100)
    return sum(ord(c) for c in name) % 100


async def gen_scores(names):
    for n in names:
        yield n, await score(n)


async def main():
    names = ["ann", "bob", "cy", "dora", "ed", "fay"]
    scores = {n: await score(n) for n in names}
    print(scores)
    print([n async for n, s in gen_scores(names) if s > 40])
    print({s % 3 async for _, s in gen_scores(names)})
    grid = [[i * j for j in range(1, 4)] for i in range(1, 4)]
    print(grid, [x for row in grid for x in row if x % 2], list(zip(*grid)))
    tasks = [asyncio.create_task(score(n)) for n in names]
    print([await t for t in tasks])
    print(sorted(scores, key=scores.get), max(scores.items(), key=lambda kv: kv[1]))
    g = (await score(n) for n in names[:2])
    print(type(g).__name__, [x async for x in g])
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    for rank, (n, s) in enumerate(ranked, 1):
        bar = "#" * (s // 10)
        print(f"{rank}. {n:<5}{s:>4} {bar}")
    matrix = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
    print(matrix, [k for k, v in matrix.items() if v == 4])
    print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (lambda *a, **k: (a, k))(1, 2, x=3))
    first, *middle, last = names
    print(first, middle, last)
    print([y for x in range(5) if (y := x * x) > 5])
    print(scores["zed"])


asyncio.run(main())
