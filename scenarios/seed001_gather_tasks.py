"""Creating and scheduling several coroutine tasks (2.创建和调度多个协程任务).

The tutorial's methods (written with `self`) are put in a class.

Demonstrates: `asyncio.gather(*coros)` turns a list of coroutines into tasks
that all run concurrently.

Timeline: ten tasks Task-2 .. Task-11 are created by Task-1 at t=0 and each runs
in one step, in creation order, printing task:0 .. task:9; all end at t=0.
"""
import asyncio


class CoroutineDemo:

    async def my_task(self, number):
        print(f"task:{number}")

    async def coroutine_tasks(self):

        my_tasks = [self.my_task(i) for i in range(10)]
        await asyncio.gather(*my_tasks)

    def run(self):
        asyncio.run(self.coroutine_tasks())


if __name__ == '__main__':
    CoroutineDemo().run()
