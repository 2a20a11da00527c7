import asyncio
async def c():
    return 5
async def main():
    t = asyncio.Task(c(), name="direct")
    print(t.get_name(), await t)
    f = asyncio.Future()
    f.set_result(1)
    print(f.result(), f)
asyncio.run(main())
asyncio.Future()
