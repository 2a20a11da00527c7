import asyncio


async def slow(label, seconds):
    try:
        print(f"{label}: working for {seconds}s")
        await asyncio.sleep(seconds)
        return f"{label} ok"
    except asyncio.CancelledError:
        print(f"{label}: cancelled")
        raise
    finally:
        print(f"{label}: cleanup")


async def main():
    print(await asyncio.wait_for(slow("A", 1), timeout=2))
    try:
        await asyncio.wait_for(slow("B", 3), timeout=1)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e), e.args)
    print(await asyncio.wait_for(slow("C", 0.5), None))
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(1.5) as cm:
            await slow("D", 10)
    except TimeoutError:
        print(f"D gave up after {loop.time() - t0:.1f}s, expired={cm.expired()}")
    async with asyncio.timeout(None) as cm2:
        cm2.reschedule(loop.time() + 0.25)
        try:
            await slow("E", 1)
        except asyncio.CancelledError:
            print("never here")
    print("unreachable?")


asyncio.run(main())
