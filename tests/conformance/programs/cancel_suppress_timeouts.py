import asyncio
import contextlib


async def job(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print(f"job {n} cancelled")
        raise


async def main():
    t = asyncio.create_task(job(5))
    await asyncio.sleep(1)
    t.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await t
    print("suppressed;", t.cancelled())
    tasks = [asyncio.create_task(job(i)) for i in range(1, 4)]
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print(sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    try:
        async with asyncio.timeout(0.5):
            await job(10)
    except TimeoutError:
        print("timeout ok")
    try:
        await asyncio.wait_for(job(3), timeout=0)
    except asyncio.TimeoutError:
        print("immediate timeout")
    r = await asyncio.wait_for(asyncio.sleep(0, result="instant"), timeout=0)
    print(r)
    outer = asyncio.gather(job(1), job(2))
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled", outer.cancelled())


asyncio.run(main())
