# Fragments from the tutorial, completed: methods in a class plus the call.
import asyncio


class Demo:
    count = 0

    async def my_task(self, number):
        print(f"task:{number}")

    async def coroutine_tasks(self):

        my_tasks = [self.my_task(i) for i in range(10)]
        await asyncio.gather(*my_tasks)

    def run(self):
        asyncio.run(self.coroutine_tasks())


Demo().run()
