import asyncio

async def a():
    print('Coro a is running')
    await asyncio.sleep(2)  # await 表示调用协程
    print('Coro a is done')
    return 'A'

async def b():
    print('Coro b is running')
    await asyncio.sleep(1)
    print('Coro b is done')
    return 'B'

# main() as defined in the tutorial's next example.
async def main():
    # 用来并发运行任务 可以收集结果 屏蔽掉了异常
    return_value_a, return_value_b = await asyncio.gather(a(), b(), return_exceptions=True)  
    print(return_value_a, return_value_b)


if __name__ == '__main__':
    asyncio.run(main())

    # 老写法
    '''
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main())
    loop.close()
    '''
