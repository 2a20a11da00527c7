# Seed 000's pattern: a Semaphore acquired once around gather() limits nothing; every
# coroutine runs at once.
import asyncio

async def test(num):
    print(f"test:{num}")
    await asyncio.sleep(1)
    return "test", num

async def main():
    semaphore = asyncio.Semaphore(2)
    async with semaphore:
        results = await asyncio.gather(*[test(i) for i in range(4)])
    print(results)

asyncio.run(main())
