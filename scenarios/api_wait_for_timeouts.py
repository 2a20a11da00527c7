"""asyncio.wait_for: results, timeouts, and timeout <= 0.

Demonstrates: wait_for returns the result when in time; raises TimeoutError
(and cancels the inner task) when late; with timeout 0 or negative it still
returns the result of an already-done future, but times out at once otherwise;
`timeout=None` waits forever.

Timeline: at t=0 the timeout-0 and negative cases end immediately; the 1s job
with timeout 2 ends at t=1; the 5s job with timeout 1 is cancelled at t=2; the
timeout=None job ends at t=3.
"""
import asyncio


async def job(delay, name):
    try:
        await asyncio.sleep(delay)
        return f"{name} finished"
    except asyncio.CancelledError:
        print(f"  {name} was cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("already done")
    print("timeout=0, done future:", await asyncio.wait_for(done, timeout=0))
    for timeout in (0, -1):
        try:
            await asyncio.wait_for(job(1, f"job(timeout={timeout})"), timeout=timeout)
        except asyncio.TimeoutError:
            print(f"timeout={timeout}: TimeoutError at t={loop.time()}")
    print(await asyncio.wait_for(job(1, "quick"), timeout=2), f"at t={loop.time()}")
    try:
        await asyncio.wait_for(job(5, "slow"), timeout=1)
    except asyncio.TimeoutError as e:
        print(f"slow: {type(e).__name__} at t={loop.time()}")
    print(await asyncio.wait_for(job(1, "patient"), timeout=None), f"at t={loop.time()}")


asyncio.run(main())
