# Executor jobs start as soon as they are submitted (before run_in_executor returns) and a
# worker that finishes takes the next queued job at once. Two workers here.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def job(n):
    print("start", n)
    time.sleep(1)
    print("end", n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=2)
    futs = [loop.run_in_executor(pool, job, i) for i in range(3)]
    print("submitted")
    print(await asyncio.gather(*futs))

asyncio.run(main())
