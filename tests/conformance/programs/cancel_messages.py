import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} got CancelledError args={e.args}")
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the first cancel")
    await asyncio.sleep(1)
    return "stubborn finished"


async def main():
    t1 = asyncio.create_task(sleeper("t1"))
    t2 = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    print(t1.cancel("shutdown requested"), t2.cancel())
    for t in (t1, t2):
        try:
            await t
        except asyncio.CancelledError as e:
            print("awaiting", t.get_name(), "->", repr(e))
    print(t1.cancel(), t1.cancelled())
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t3.cancel()
    print(await t3, t3.cancelled(), t3.cancelling())
    t4 = asyncio.create_task(sleeper("t4"))
    await asyncio.sleep(0)
    t4.cancel("final")
    await t4


asyncio.run(main())
