# gather wraps coroutines in tasks in argument order and returns results in that order.
import asyncio

async def test(num):
    print(f"test:{num}")
    await asyncio.sleep(3 - num)
    return num * 10

async def main():
    results = await asyncio.gather(test(0), test(1), test(2))
    print(results)

asyncio.run(main())
