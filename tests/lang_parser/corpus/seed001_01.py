# Fragments from the tutorial, completed: methods in a class plus the call.
import asyncio


class Demo:
    count = 0

    async def my_coroutine_test(self):
        print(f"my_coroutine_test start")
        await asyncio.sleep(2)
        print(f"my_coroutine_test finish")

    def run(self):
        asyncio.run(self.my_coroutine_test())


Demo().run()
