"""Synchronising a variable shared between coroutines (协程间的共享变量如何同步).

Demonstrates: `asyncio.Lock` used with `async with` around an update of shared
state by three worker coroutines.

Timeline: three gather children start at t=0. An uncontended `async with lock`
does not suspend, so each worker does its five increments in its single step:
Task-2 prints 1..5, Task-3 6..10, Task-4 11..15, all at t=0.
"""

import asyncio

class SharedResource:
    def __init__(self):
        self.value = 0
        self.lock = asyncio.Lock()  # 创建锁

    async def increment(self):
        async with self.lock:  # 获取锁
            self.value += 1
            print(f"Value incremented to: {self.value}")

async def worker(shared):
    for _ in range(5):
        await shared.increment()

async def main():
    shared = SharedResource()
    tasks = [worker(shared) for _ in range(3)]
    await asyncio.gather(*tasks)


if __name__ == '__main__':
    asyncio.run(main())
