"""Defining a coroutine function with async and await
(1.使用 async 和 await 定义协程函数).

The tutorial writes the coroutine as a method taking `self` and calls it with
`asyncio.run(self.my_coroutine_test())`; here both live in a small class.

Demonstrates: a coroutine that suspends on `asyncio.sleep(2)`.

Timeline: Task-1 prints "start" at t=0, sleeps, prints "finish" at t=2 and ends.
"""
import asyncio


class CoroutineDemo:
    async def my_coroutine_test(self):
        print(f"my_coroutine_test start")
        await asyncio.sleep(2)
        print(f"my_coroutine_test finish")

    def run(self):
        asyncio.run(self.my_coroutine_test())


if __name__ == '__main__':
    CoroutineDemo().run()
