# Fragments from the tutorial, completed: methods in a class plus the call.
import asyncio


class Demo:
    count = 0

    async def event_send(self, event):
        print(f"event event_send---1")
        await asyncio.sleep(2)
        event.set()
        print(f"event event_send---2")

    async def event_rev(self, event):
        print(f"event_rev---1")
        await event.wait()
        print(f"event_rev---2")

    async def event_test(self):
        print(f"event_test---1")
        event = asyncio.Event()
        await asyncio.gather(self.event_send(event), self.event_rev(event))
        print(f"event_test---2")

    def run(self):
        asyncio.run(self.event_test())


Demo().run()
