import asyncio
import sys


async def check(n):
    await asyncio.sleep(0.1)
    if n > 2:
        print(f"warning: {n} is large", file=sys.stderr)
    return n


async def main():
    results = await asyncio.gather(*(check(n) for n in range(5)))
    print(results, len(sys.argv), sys.maxsize > 2**31)
    n = sys.stdout.write("written directly\n")
    print(n)
    sys.stdout.flush()
    print("to stderr", file=sys.stderr, flush=True)
    if sum(results) > 5:
        print("too much, exiting with 3")
        sys.exit(3)
    print("not reached")


asyncio.run(main())
