"""Communicating between coroutines with asyncio.Event
(5.使用 asyncio.Event 进行协程间的通信).

The tutorial's methods (written with `self`) are put in a class. Its "调用"
snippet repeats `coroutine_data_communication` by mistake; its output shows the
intended call, `event_test`, after a Chinese title line, which is what `run` does.

Demonstrates: one coroutine waits on `event.wait()` until another calls
`event.set()` two seconds later; output with Chinese text.

Timeline: the sender (Task-2) and receiver (Task-3) start at t=0; the receiver
blocks on the event; at t=2 the sender sets it and ends, the receiver then wakes
and ends, and Task-1 prints "event_test---2" at t=2.
"""
import asyncio


class CoroutineDemo:
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
        print("使用 asyncio.Event 进行通信")
        asyncio.run(self.event_test())


if __name__ == '__main__':
    CoroutineDemo().run()
