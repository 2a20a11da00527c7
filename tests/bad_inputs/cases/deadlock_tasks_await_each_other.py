import asyncio
tasks = {}
async def a():
    await asyncio.sleep(0)
    await tasks["b"]
async def b():
    await asyncio.sleep(0)
    await tasks["a"]
async def main():
    tasks["a"] = asyncio.create_task(a(), name="A")
    tasks["b"] = asyncio.create_task(b(), name="B")
    await asyncio.gather(tasks["a"], tasks["b"])
asyncio.run(main())
