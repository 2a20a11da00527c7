"""Waiting for a group of coroutine tasks with asyncio.wait()
(3.使用 asyncio.wait() 等待一组协程任务完成).

The tutorial's methods (written with `self`) are put in a class.

Demonstrates: `asyncio.wait(tasks)` returns the (done, pending) sets once every
task has finished (ALL_COMPLETED is the default); the tasks return None.

Timeline: five tasks start at t=0 ("start" x5), all sleep two seconds and end at
t=2 ("end" x5); then Task-1 prints the five None results.
"""
import asyncio


class CoroutineDemo:
    async def wait_my_task(self):
        print(f"wait_my_task start")
        await asyncio.sleep(2)
        print(f"wait_my_task end")

    async def wait_coroutine_task(self):
        mytask = [asyncio.create_task(self.wait_my_task()) for _ in range(5)]
        (done, pending) = await asyncio.wait(mytask)
        for task in done:
            print(task.result())

    def run(self):
        asyncio.run(self.wait_coroutine_task())


if __name__ == '__main__':
    CoroutineDemo().run()
