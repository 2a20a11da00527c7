
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
