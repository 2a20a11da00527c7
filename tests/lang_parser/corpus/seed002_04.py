async def main():
    # 高阶API 实际使用了loop.create_task
    task1 = asyncio.create_task(a())
    task2 = asyncio.create_task(b())
    await task1
    await task2
