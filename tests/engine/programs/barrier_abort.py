# Barrier.abort() breaks the barrier: waiters get BrokenBarrierError.
import asyncio

async def party(barrier, n):
    try:
        await barrier.wait()
        print("passed", n)
    except asyncio.BrokenBarrierError:
        print("broken", n)

async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(barrier, n)) for n in range(2)]
    await asyncio.sleep(1)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)

asyncio.run(main())
