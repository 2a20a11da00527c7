"""asyncio.Barrier (Python 3.11).

Demonstrates: `Barrier(3)` makes tasks wait until three have arrived; `wait()`
returns each task's arrival index (the last to arrive passes first, without
blocking); the barrier is reusable for a second round;
`abort()` makes waiters get BrokenBarrierError.

Timeline: runners arrive at t=1, 2 and 3 and all pass at t=3; round 2 passes at
t=4; at t=5 a lone waiter is released by `abort()` with BrokenBarrierError.
"""
import asyncio


async def runner(name, delay, barrier):
    await asyncio.sleep(delay)
    print(f"{name} arrives at t={asyncio.get_running_loop().time()} ({barrier.n_waiting} waiting)")
    index = await barrier.wait()
    print(f"{name} passes with index {index}")
    await asyncio.sleep(1)
    await barrier.wait()
    print(f"{name} passes round 2")


async def lonely(barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("lonely: BrokenBarrierError, broken =", barrier.broken)


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(*(runner(f"r{i}", i + 1, barrier) for i in range(3)))
    print(f"parties={barrier.parties} n_waiting={barrier.n_waiting} broken={barrier.broken}")
    waiter = asyncio.create_task(lonely(barrier))
    await asyncio.sleep(1)
    await barrier.abort()
    await waiter


asyncio.run(main())
