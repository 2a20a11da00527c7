import asyncio


class TransferError(Exception):
    def __init__(self, src, dst, amount):
        super().__init__(f"{src} -> {dst}: {amount}")
        self.amount = amount


class Bank:
    def __init__(self, **balances):
        self.balances = balances
        self.locks = {k: asyncio.Lock() for k in balances}

    async def transfer(self, src, dst, amount):
        first, second = sorted([src, dst])
        async with self.locks[first], self.locks[second]:
            if self.balances[src] < amount:
                raise TransferError(src, dst, amount)
            await asyncio.sleep(0.01)
            self.balances[src] -= amount
            self.balances[dst] += amount
            return self.balances[src]


async def main():
    bank = Bank(alice=100, bob=50, carol=0)
    ops = [("alice", "bob", 30), ("bob", "carol", 70), ("carol", "alice", 10), ("bob", "alice", 500)]
    results = await asyncio.gather(*(bank.transfer(*op) for op in ops), return_exceptions=True)
    for op, r in zip(ops, results):
        if isinstance(r, TransferError):
            print(f"{op}: failed ({r}, amount={r.amount})")
        else:
            print(f"{op}: ok, source left with {r}")
    print(bank.balances, sum(bank.balances.values()))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bank.transfer("carol", "bob", 1000))
            tg.create_task(bank.transfer("alice", "bob", 1))
    except* TransferError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    print(bank.balances)
    await bank.transfer("nobody", "bob", 1)


asyncio.run(main())
