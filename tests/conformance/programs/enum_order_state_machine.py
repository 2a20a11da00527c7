import asyncio
from enum import Enum, auto, unique


@unique
class OrderState(Enum):
    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def is_final(self):
        return self in (OrderState.DELIVERED, OrderState.CANCELLED)

    def describe(self):
        return f"{self.name.lower()} (step {self.value})"


TRANSITIONS = {
    OrderState.PENDING: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.CANCELLED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
}


class Order:
    def __init__(self, order_id):
        self.order_id = order_id
        self.state = OrderState.PENDING
        self.history = [self.state]

    def advance(self, new_state):
        if new_state not in TRANSITIONS.get(self.state, set()):
            raise ValueError(f"order {self.order_id}: cannot go from {self.state.name} to {new_state.name}")
        self.state = new_state
        self.history.append(new_state)


async def process(order, steps, delay):
    for step in steps:
        await asyncio.sleep(delay)
        try:
            order.advance(step)
            print(f"[{order.order_id}] -> {order.state} ({order.state.describe()})")
        except ValueError as e:
            print("rejected:", e)
            break
    return order.state


async def main():
    orders = [Order(i) for i in range(1, 4)]
    plans = [
        [OrderState.PAID, OrderState.SHIPPED, OrderState.DELIVERED],
        [OrderState.PAID, OrderState.CANCELLED],
        [OrderState.SHIPPED, OrderState.DELIVERED],
    ]
    tasks = [asyncio.create_task(process(o, p, 0.1 * (i + 1))) for i, (o, p) in enumerate(zip(orders, plans))]
    finals = await asyncio.gather(*tasks)
    print(finals)
    for o in orders:
        print(o.order_id, repr(o.state), o.state.is_final, [s.name for s in o.history])
    counts = {}
    for state in finals:
        counts[state] = counts.get(state, 0) + 1
    print({s.name: n for s, n in counts.items()})
    print(list(OrderState), len(OrderState))
    print(OrderState(2), OrderState["SHIPPED"], OrderState.PAID is OrderState(2))
    print(OrderState.PAID in OrderState, OrderState.PAID == 2, OrderState.PAID != OrderState.SHIPPED)
    print(f"{OrderState.PAID}|{OrderState.PAID!r}|{OrderState.PAID:>20}|{OrderState.PAID.name:<10}|")
    print(type(OrderState.PAID), OrderState, isinstance(OrderState.PAID, OrderState))
    for name, member in OrderState.__members__.items():
        print(name, member.value, end="; ")
    print()
    try:
        OrderState(42)
    except ValueError as e:
        print("ValueError:", e)
    try:
        OrderState["LOST"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 2
            C = 1
            D = 2
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
