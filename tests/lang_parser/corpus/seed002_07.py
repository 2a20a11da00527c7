async def main():
    loop = asyncio.get_event_loop()
    task1 = loop.create_task(a())  
    task2 = asyncio.shield(b())  # 保护任务能顺利完成，但依然返回异常结果
    task2.cancel()  # 取消任务 仍然执行
    await task1
    #await task2
