"""Classes with __repr__, __str__, properties and super(); f-string format specs.

Demonstrates: an account class hierarchy used from several tasks: `__repr__`
(used by !r and inside containers), `__str__` (used by print and f-strings),
a read-only property and a property with a setter that validates, `super()`
calls in __init__ and in an overridden method, class attributes; f-string
format specs: width, alignment, fill, sign, thousands separator, precision,
percentages, `=` debugging specifier.

Timeline: three deposit tasks run concurrently, each sleeping 0.1s per
deposit: all finish at t=0.3; the report is printed at t=0.3.
"""
import asyncio


class Account:
    count = 0

    def __init__(self, owner, balance=0.0):
        Account.count += 1
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value:.2f}")
        self._balance = value

    def deposit(self, amount):
        self.balance += amount

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance!r})"

    def __str__(self):
        return f"{self.owner}: {self.balance:,.2f}"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.025):
        super().__init__(owner, balance)
        self.rate = rate

    def deposit(self, amount):
        super().deposit(amount * (1 + self.rate))

    def __str__(self):
        return super().__str__() + f" (rate {self.rate:.1%})"


async def deposits(account, amounts):
    for amount in amounts:
        await asyncio.sleep(0.1)
        account.deposit(amount)


async def main():
    accounts = [Account("alice", 100), SavingsAccount("bob", 2500.5), Account("carol")]
    await asyncio.gather(*(deposits(a, [10, 20.5, 1234]) for a in accounts))
    print(accounts)
    for a in accounts:
        print(a)
        print(f"|{a.owner:<8}|{a.owner:^8}|{a.owner:*>8}|{a.balance:>12,.2f}|{a.balance:+.3e}|")
    total = sum(a.balance for a in accounts)
    print(f"{total=:.2f} {Account.count=} share={accounts[0].balance / total:.2%}")
    print(f"{42:08b} {255:#x} {255:X} {3.14159:g} {-7:+d} {7:+d} {1e6:,.0f} {0.5:>8.1%}")
    try:
        accounts[2].balance = -5
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
