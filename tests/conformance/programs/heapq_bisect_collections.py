import asyncio
from collections import deque, Counter, defaultdict
import heapq
import bisect


async def main():
    events = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
    heap = []
    for e in events:
        heapq.heappush(heap, e)
    print([heapq.heappop(heap) for _ in range(len(heap))])
    print(heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3]))
    scores = [60, 70, 80, 90]
    grades = "DCBA"
    print([grades[bisect.bisect(scores, s) - 1] if s >= 60 else "F" for s in (55, 60, 75, 99)])
    window = deque(maxlen=3)
    for x in range(6):
        window.append(x)
        await asyncio.sleep(0)
    print(window, sum(window) / len(window))
    words = "the quick brown fox jumps over the lazy dog the end".split()
    c = Counter(words)
    print(c.most_common(3), c["the"], len(c))
    c.update(["fox", "fox"])
    print(c["fox"], (c - Counter(the=3))["the"], sorted((+c).elements())[:4])
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    print(dict(sorted(groups.items())))
    inv = {v: k for k, v in enumerate("abc")}
    print(inv, list(inv.items())[-1], {**inv, "a": 9})
    s = {1, 2, 3}
    s |= {4}
    s -= {1}
    print(s, s.issubset({2, 3, 4, 5}), s.isdisjoint({9}), frozenset(s) == s)
    matrix = [[1, 2, 3], [4, 5, 6]]
    print([list(r) for r in zip(*matrix)], [sum(r) for r in matrix], max(map(max, matrix)))
    print(sorted(words, key=lambda w: (-len(w), w))[:3])
    print(heapq.heappop([]))


asyncio.run(main())
