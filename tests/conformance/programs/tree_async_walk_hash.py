import asyncio


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value!r}, {len(self.children)} kids)"

    def __eq__(self, other):
        return isinstance(other, Node) and self.value == other.value

    def __hash__(self):
        return hash(self.value)

    async def walk(self, depth=0):
        await asyncio.sleep(0)
        yield depth, self
        for child in self.children:
            async for item in child.walk(depth + 1):
                yield item


async def main():
    tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
    async for depth, node in tree.walk():
        print("  " * depth + str(node.value), repr(node))
    nodes = [n async for _, n in tree.walk()]
    print(len(nodes), len(set(nodes)), Node("a") in nodes, nodes.index(Node("b")))
    print({n: n.value.upper() for n in nodes if n.children})
    values = sorted((n.value for n in nodes), key=lambda v: (len(v), v))
    print(values, "".join(v[0] for v in values))
    print(Node("x") == "x", Node("x") != Node("y"), hash(Node("q")) == hash("q"))
    deep = Node(0)
    cur = deep
    for i in range(1, 6):
        nxt = Node(i)
        cur.children.append(nxt)
        cur = nxt
    print([d async for d, _ in deep.walk()])


asyncio.run(main())
