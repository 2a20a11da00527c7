# asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout.
import asyncio

async def sleeper(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"fail {d}")
    return d

async def main():
    ts = [asyncio.create_task(sleeper(d)) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    ts2 = [asyncio.create_task(sleeper(1, True)), asyncio.create_task(sleeper(5))]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(ts + ts2)
    print(len(done), len(pending))

asyncio.run(main())
