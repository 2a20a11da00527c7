# run_in_executor: a blocking sleep takes time on its worker only; the loop keeps running.
import asyncio
import time

def blocking(n):
    time.sleep(1)
    return n * 2

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.5)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(loop.run_in_executor(None, blocking, 1),
                                   loop.run_in_executor(None, blocking, 2), ticker())
    print(results[:2], loop.time() - start)

asyncio.run(main())
