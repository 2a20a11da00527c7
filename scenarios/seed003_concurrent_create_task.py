"""Running several coroutines concurrently with create_task
(并发执行多个协程 / 并发执行的任务，两个task会同时执).

Demonstrates: tasks start running as soon as they are created; `await task1`
and `await task2` only wait for their results.

Timeline: Task-2 and Task-3 both sleep from t=0 to t=1 and print "Hello" then
"World" at t=1 (equal deadlines fire in creation order); the program ends at t=1,
not t=2.
"""
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
