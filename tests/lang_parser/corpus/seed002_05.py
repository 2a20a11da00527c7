async def main():
    task1 = asyncio.ensure_future(a())  # 参数是协程（调用loop.create_task）、Future 对象（直接返回）、awaitable 对象（会 await 这个对象的__await__方法，再执行一次 `ensure_future`，最后返回 Task 或者 Future）
    task2 = asyncio.ensure_future(b())
    await task1
    await task2
