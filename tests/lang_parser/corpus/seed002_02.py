async def main():
    # 用来并发运行任务 可以收集结果 屏蔽掉了异常
    return_value_a, return_value_b = await asyncio.gather(a(), b(), return_exceptions=True)  
    print(return_value_a, return_value_b)
