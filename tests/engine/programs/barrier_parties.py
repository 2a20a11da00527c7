# Barrier(3): the first two wait until the third arrives, then all pass.
import asyncio

async def party(barrier, n):
    await asyncio.sleep(n)
    print("arrive", n)
    index = await barrier.wait()
    print("pass", n, index)

async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(*(party(barrier, n) for n in range(3)))

asyncio.run(main())
