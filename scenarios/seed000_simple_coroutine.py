"""A simple coroutine function and how to run it
(一个简单的协程函数如何写，怎么执行).

Demonstrates: defining a coroutine with `async def` and running it with
`asyncio.run()`.

Timeline: a single task (Task-1) starts at t=0, prints "test:1" and ends at
t=0 without ever suspending.
"""
import asyncio


async def test(num):
    print(f"test:{num}")


if __name__ == '__main__':
    asyncio.run(test(1))
