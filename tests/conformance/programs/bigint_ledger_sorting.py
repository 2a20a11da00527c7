import asyncio
from collections import Counter


async def producer(queue, worker, count):
    for i in range(1, count + 1):
        await queue.put((worker, (worker * 10 ** 18 + i) ** 2))
        await asyncio.sleep(0.001 * worker)
    await queue.put((worker, None))


async def accountant(queue, producers):
    ledger = {}
    finished = 0
    while finished < producers:
        worker, amount = await queue.get()
        if amount is None:
            finished += 1
            continue
        ledger[worker] = ledger.get(worker, 0) + amount
    return ledger


async def main():
    queue = asyncio.Queue(maxsize=4)
    async with asyncio.TaskGroup() as tg:
        for w in (3, 1, 2):
            tg.create_task(producer(queue, w, 5))
        books = tg.create_task(accountant(queue, 3))
    ledger = books.result()
    for worker, total in sorted(ledger.items(), key=lambda kv: kv[1], reverse=True):
        print(f"worker {worker}: {total:>42,}")
    grand = sum(ledger.values())
    print("grand total:", grand, "hash:", hash(grand), hash(-grand))
    print("hashes:", hash(2 ** 100), hash(-(2 ** 100)), hash(2 ** 61 - 1), hash(2 ** 61), hash(2.0 ** 100))
    keys = {2 ** 64: "two to the 64", 2.0 ** 65: "float key", -(2 ** 70): "negative"}
    print(keys[2 ** 64], keys[2 ** 65], keys[-(2 ** 70)], 2 ** 65 in keys, 2 ** 66 in keys)
    seen = {2 ** 64, 2 ** 64 + 0, 18446744073709551616, 2.0 ** 64}
    print(len(seen), seen)
    mixed = [2 ** 64, 1.5, -(2 ** 70), 2 ** 64 - 1, 0, 10 ** 20, 1e20, -1e25, 2 ** 63]
    print(sorted(mixed))
    print(max(mixed), min(mixed), sorted(mixed, key=abs)[-3:])
    counts = Counter(n % 7 for n in (3 ** k for k in range(40, 60)))
    print(sorted(counts.items()))
    print([x for x in (2 ** 62, 2 ** 63, 2 ** 64) if x > 9.2e18])
    print(type(2 ** 63 - 1), type(2 ** 63), type(2 ** 63 - 2 ** 63), 2 ** 63 - 2 ** 63)
    print(-(-(2 ** 63)), abs(-(2 ** 63)), -(2 ** 63) // -1, divmod(-(2 ** 63), -1))
    print(9_223_372_036_854_775_807 + 1, 0xFFFF_FFFF_FFFF_FFFF_FF, 0o7777777777777777777777777, 0b1 << 65)


asyncio.run(main())
