import asyncio


class Account:
    rate = 0.01

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self._lock = asyncio.Lock()

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"余额不能为负: {value}")
        self._balance = value

    @classmethod
    def open(cls, owner):
        return cls(owner, 100)

    @staticmethod
    def fmt(amount):
        return f"¥{amount:,.2f}"

    async def deposit(self, amount):
        async with self._lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount

    def __str__(self):
        return f"{type(self).__name__}({self.owner}, {self.fmt(self.balance)})"


class Savings(Account):
    rate = 0.03

    async def deposit(self, amount):
        await super().deposit(amount * (1 + self.rate))


async def main():
    a = Account.open("小明")
    s = Savings("小红")
    await asyncio.gather(*(a.deposit(10) for _ in range(5)), *(s.deposit(100) for _ in range(3)))
    print(a, s, sep=" | ")
    print(isinstance(s, Account), Savings.__mro__[1].__name__, Savings.rate, Account.rate)
    try:
        a.balance = -5
    except ValueError as e:
        print("ValueError:", e)
    print(str(a), repr(Account.fmt(1234567.5)))
    s.balance -= 1000


asyncio.run(main())
