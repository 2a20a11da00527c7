import asyncio

async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)

async def main():
    # 创建多个任务并发运行
    task1 = asyncio.create_task(say("Hello", 1))
    task2 = asyncio.create_task(say("World", 1))

    # 等待所有任务完成，前面已在create_task的时候，程序就已经在执行了，下面只是依次等待两个返回
    await task1
    await task2

asyncio.run(main())
