"""contextmanager and asynccontextmanager, including errors inside the block.

Demonstrates: `@contextlib.contextmanager` and `@contextlib.asynccontextmanager`
generators; the code after `yield` runs on exit; an exception raised inside the
block is thrown into the generator at the `yield`, where it can be handled
(suppressed) or re-raised; `async with` with two managers at once.

Timeline: one task; each async manager sleeps 1s on entry and on exit, so the
first async block runs from t=1 to t=2, the double block ends at t=6.
"""
import asyncio
from contextlib import asynccontextmanager, contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  {name} suppressed ValueError: {e}")
    finally:
        print(f"</{name}>")


@asynccontextmanager
async def connection(host):
    await asyncio.sleep(1)
    print(f"t={asyncio.get_running_loop().time()} connected to {host}")
    try:
        yield f"conn({host})"
    finally:
        await asyncio.sleep(1)
        print(f"t={asyncio.get_running_loop().time()} closed {host}")


async def main():
    with tag("b") as t:
        print("  inside", t)
    with tag("i"):
        raise ValueError("bad markup")
    async with connection("db") as conn:
        print("  using", conn)
    try:
        async with connection("a") as a, connection("b") as b:
            print("  using", a, "and", b)
            raise KeyError("lost")
    except KeyError as e:
        print("KeyError escaped the async with:", e)


asyncio.run(main())
