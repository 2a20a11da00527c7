import asyncio


async def check(n):
    await asyncio.sleep(0.1)
    if n > 2:
        print(f"warning: {n} is large")
    return n


async def main():
    results = await asyncio.gather(*(check(n) for n in range(5)))
    print(results, flush=True)
    if sum(results) > 5:
        print("too much, exiting with 3")
        raise SystemExit(3)
    print("not reached")


asyncio.run(main())
