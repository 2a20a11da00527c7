import asyncio


class Connection:
    opened = 0

    def __init__(self, dsn):
        self.dsn = dsn
        self.closed = True

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        Connection.opened += 1
        self.closed = False
        print(f"open {self.dsn} (#{Connection.opened})")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        self.closed = True
        print(f"close {self.dsn}: exc_type={exc_type.__name__ if exc_type else None} exc={exc!r}")
        return isinstance(exc, LookupError)

    async def query(self, sql):
        if "DROP" in sql.upper():
            raise PermissionError(f"refusing {sql!r}")
        if "missing" in sql:
            raise KeyError("missing")
        await asyncio.sleep(0.2)
        return [(1, "alice"), (2, "bob")]


async def main():
    async with Connection("db://one") as conn:
        rows = await conn.query("select * from users")
        print(rows, conn.closed)
    print("closed:", conn.closed)
    async with Connection("db://two") as conn:
        await conn.query("select missing")
        print("not printed")
    print("KeyError swallowed")
    async with Connection("db://a") as a, Connection("db://b") as b:
        print(a.dsn, b.dsn)
    async with Connection("db://three") as conn:
        await conn.query("drop table users")


asyncio.run(main())
