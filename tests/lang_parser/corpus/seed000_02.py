import asyncio


async def test(num):
    print(f"test:{num}")


if __name__ == '__main__':
    asyncio.run(test(1))
