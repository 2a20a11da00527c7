async def my_coroutine():
    print("Start")
    await asyncio.sleep(1)  # 暂停协程，等待 asyncio.sleep(1) 完成
    print("End")
