# Fragments from the tutorial, completed: methods in a class plus the call.
import asyncio


class Demo:
    count = 0

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


Demo().run()
