async def main():
    loop = asyncio.get_event_loop()
    task1 = loop.create_task(a())    # 参数是协程
    task2 = loop.create_task(b()) 
    task2.cancel()  # 取消任务
    await task1
    #await task2
