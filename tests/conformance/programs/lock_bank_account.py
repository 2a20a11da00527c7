import asyncio
import random


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self._lock = asyncio.Lock()
        self.history = []

    @property
    def balance(self):
        return self._balance

    async def transfer(self, amount):
        async with self._lock:
            current = self._balance
            await asyncio.sleep(random.random() / 10)
            if current + amount < 0:
                raise InsufficientFunds(f"{self.owner}: balance {current}, wanted {-amount}")
            self._balance = current + amount
            self.history.append(amount)

    def __repr__(self):
        return f"<Account {self.owner!r} balance={self._balance}>"


async def main():
    random.seed(2024)
    acc = Account("王小明", 100)
    amounts = [random.randint(-60, 60) for _ in range(10)]
    print(amounts)
    results = await asyncio.gather(*(acc.transfer(a) for a in amounts), return_exceptions=True)
    for a, r in zip(amounts, results):
        status = "ok" if r is None else f"{type(r).__name__}({r})"
        print(f"{a:+4d} {status}")
    print(acc, acc.history, sum(acc.history) + 100 == acc.balance)
    try:
        acc.balance = 5
    except AttributeError as e:
        print("AttributeError:", e)
    await acc.transfer(-1000)


asyncio.run(main())
