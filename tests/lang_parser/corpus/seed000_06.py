import asyncio


async def test(num):
    print(f"test:{num}")
    return "test",num

async def test2():
    tasks = [test(i) for i in range(10)]
    results = await asyncio.gather(*tasks)
    for result in results:
        print(result)
    return results




if __name__ == '__main__':
    asyncio.run(test2())
