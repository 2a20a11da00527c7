# Fragments from the tutorial, completed: methods in a class plus the call.
import asyncio


class Demo:
    count = 0

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


Demo().run()
