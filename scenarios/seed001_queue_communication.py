"""Passing data between coroutines through a queue (4.协程间通过queue进行数据传递).

The tutorial's methods (written with `self`) are put in a class; `self.count`,
which the consumer uses before setting it, is initialised in `__init__`.

Demonstrates: an unbounded `asyncio.Queue` between a producer and a polling
consumer that gives up after three empty polls.

Timeline: the producer (Task-2) puts one item per second at t=0..9; the consumer
(Task-3) takes each one in the same second. After the last item the consumer
finds the queue empty at t=10, 11, 12 and ends at t=12; then Task-1 prints the
"finish" line.
"""
import asyncio


class CoroutineDemo:
    def __init__(self):
        self.count = 0

    async def coroutine_data_communication(self):
        queue = asyncio.Queue()
        producer = asyncio.create_task(self.producer(queue))
        consumer = asyncio.create_task(self.consumer(queue))
        await asyncio.gather(producer, consumer)
        print(f"---coroutine_data_communication finish---")

    async def producer(self, queue):
        print(f"---produce coroutine---")
        for i in range(10):
            await queue.put(i)
            print(f"produce:{i}")
            await asyncio.sleep(1)

    async def consumer(self, queue):
        print(f"---consumer coroutine---")
        while True:

            if not queue.empty():
                item = await queue.get()
                print(f"Consumed:{item}")
                self.count = 0
            else:
                self.count += 1
                if self.count >= 3:
                    break

            await asyncio.sleep(1)

    def run(self):
        asyncio.run(self.coroutine_data_communication())


if __name__ == '__main__':
    CoroutineDemo().run()
