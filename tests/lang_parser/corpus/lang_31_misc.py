"""Module docstring."""
import asyncio; import sys


def docstring_only():
    """Just a docstring."""


def bare_return():
    return


def early(x):
    if x: return x
    while x: x -= 1
    for i in []: pass
    with open("f") as f: pass
    try: pass
    except Exception: pass
    else: pass
    finally: pass
    return None


class Single: x = 1; y = 2


async def awaits():
    await asyncio.sleep(0); await asyncio.sleep(0)


print("done", file=sys.stderr)
