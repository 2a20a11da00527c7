
import asyncio


async def test(num):
    print(f"test:{num}")
    return "test",num

async def test2():
    resp = await test(1)
    print(resp)
    return resp


if __name__ == '__main__':
    asyncio.run(test2())
