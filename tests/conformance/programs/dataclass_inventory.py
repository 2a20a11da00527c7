import asyncio
from dataclasses import dataclass, field, asdict, replace


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self.items = {}
        self.lock = asyncio.Lock()

    async def add(self, item, delay):
        await asyncio.sleep(delay)
        async with self.lock:
            existing = self.items.get(item.name)
            if existing:
                existing.qty += item.qty
            else:
                self.items[item.name] = item


async def main():
    inv = Inventory()
    await asyncio.gather(
        inv.add(Item("apple", 0.5, 10, ["fruit"]), 0.2),
        inv.add(Item("pear", 0.75, 4), 0.1),
        inv.add(Item("apple", 0.5, 5), 0.3),
        inv.add(Item("cheese", 12.99, 1, ["dairy", "aged"]), 0.0),
    )
    for it in sorted(inv.items.values(), key=lambda i: i.total, reverse=True):
        print(it, f"total={it.total:.2f}")
    print(asdict(inv.items["cheese"]))
    print(replace(inv.items["pear"], qty=0), Item("a", 1) == Item("a", 1.0))
    try:
        print(hash(Item("a", 1)))
    except TypeError as e:
        print("TypeError:", e)
    print(Item.__dataclass_fields__.keys() if False else [f for f in Item.__annotations__])
    Item("broken")


asyncio.run(main())
