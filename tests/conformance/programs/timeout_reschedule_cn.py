import asyncio


async def slow(label, secs):
    try:
        await asyncio.sleep(secs)
        return f"{label} 完成"
    except asyncio.CancelledError:
        print(f"{label} 被取消")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.5):
            print(await slow("任务一", 0.2))
            print(await slow("任务二", 1.0))
    except TimeoutError:
        print(f"超时! 用时 {loop.time() - start:.1f}s")
    async with asyncio.timeout(None) as cm:
        print("deadline:", cm.when())
        cm.reschedule(loop.time() + 2)
        print(await slow("任务三", 1.5))
    print("expired:", cm.expired())
    try:
        print(await asyncio.wait_for(slow("任务四", 3), timeout=1))
    except asyncio.TimeoutError as e:
        print("wait_for timeout:", type(e).__name__, isinstance(e, TimeoutError))
    r = await asyncio.wait_for(slow("任务五", 0.1), timeout=None)
    print(r, f"total {loop.time() - start:.2f}")


asyncio.run(main())
