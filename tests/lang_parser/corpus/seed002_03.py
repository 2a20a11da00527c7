async def main():
    task1 = asyncio.create_task(a())
    task2 = asyncio.create_task(b())

    done, pending = await asyncio.wait([task1, task2], return_when=asyncio.tasks.ALL_COMPLETED)  
    # FIRST_COMPLETED 第一个协程完成就返回
    # ALL_COMPLETED 等待全部任务完成返回（默认情况）
    # FIRST_EXCEPTION 出现第一个异常就返回

    for task in done:
        print(f'Task {task.get_name()} result: {task.result()}')
