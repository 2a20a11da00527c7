import asyncio


class Item:
    __slots__ = ("sku", "qty", "__dict__")

    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty

    def __repr__(self):
        return f"<Item {self.sku} x{self.qty}>"


class Order:
    __slots__ = "order_id"

    def __init__(self, order_id):
        self.order_id = order_id


async def restock(q, items):
    for it in items:
        await q.put(it)
        await asyncio.sleep(0.05)
    await q.put(None)


async def shelve(q, shelf):
    while (it := await q.get()) is not None:
        shelf[it.sku] = it
        print("上架", it)


async def main():
    q = asyncio.Queue(maxsize=1)
    shelf = {}
    await asyncio.gather(restock(q, [Item("A1", 3), Item("B2", 0), Item("C3", 7)]), shelve(q, shelf))
    print(sorted(shelf), [i.qty for i in shelf.values()])
    it = shelf["A1"]
    it.note = "dict allowed"
    print(it.note, it.__dict__, Item.__slots__)
    o = Order(7)
    print(o.order_id, Order.__slots__, hasattr(o, "__dict__"))
    del o.order_id
    print(hasattr(o, "order_id"))
    try:
        o.order_id
    except AttributeError as e:
        print("AttributeError:", e)
    o.customer = "张三"


asyncio.run(main())
