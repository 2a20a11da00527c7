# A task cancelled before its first step never runs its body; one cancelled while ready
# gets CancelledError at its first await.
import asyncio

async def body(name):
    print(name, "started")
    await asyncio.sleep(1)
    print(name, "finished")

async def main():
    t1 = asyncio.create_task(body("t1"))
    t1.cancel()
    t2 = asyncio.create_task(body("t2"))
    await asyncio.sleep(0)
    t2.cancel()
    for t in (t1, t2):
        try:
            await t
        except asyncio.CancelledError:
            print("cancelled", t.get_name())

asyncio.run(main())
