# A child cancelled on its own makes gather raise CancelledError (return_exceptions=False)
# or appear as a CancelledError result (True); the outer gather is not cancelled.
import asyncio

async def nap(d):
    await asyncio.sleep(d)
    return d

async def main():
    t = asyncio.create_task(nap(5))
    g = asyncio.gather(nap(1), t)
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; cancelled() =", g.cancelled())
    t2 = asyncio.create_task(nap(5))
    g2 = asyncio.gather(nap(1), t2, return_exceptions=True)
    await asyncio.sleep(0.5)
    t2.cancel("why")
    print(await g2)

asyncio.run(main())
