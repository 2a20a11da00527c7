"""asyncio.timeout and asyncio.timeout_at (Python 3.11).

Demonstrates: `async with asyncio.timeout(d)` cancels the block and raises
TimeoutError when the deadline passes; `cm.expired()`; `cm.reschedule()` moves
the deadline; `asyncio.timeout_at(when)` takes an absolute loop time;
`timeout(None)` never expires.

Timeline: block 1 times out at t=1; block 2 finishes at t=1.5 (under its 2s
limit); block 3's deadline is moved from t=2.5 to t=4.5, where its 5s sleep is
cut short; the timeout_at block (deadline t=5, an inner timeout(None) has no
deadline) times out at t=5.
"""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"block 1 timed out at t={loop.time()}, expired={cm.expired()}")

    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(0.5)
    print(f"block 2 done at t={loop.time()}, expired={cm.expired()}")

    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 3)
            print(f"block 3 deadline moved to {cm.when()}")
            await asyncio.sleep(5)
    except TimeoutError:
        print(f"block 3 timed out at t={loop.time()}")

    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            async with asyncio.timeout(None) as forever:
                print("inner deadline:", forever.when())
                await asyncio.sleep(1)
    except TimeoutError:
        print(f"timeout_at block timed out at t={loop.time()}")


asyncio.run(main())
