import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking_io(name, secs):
    time.sleep(secs)
    return f"{name}: 阻塞 {secs}s 完成"


def cpu_work(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    r1 = await loop.run_in_executor(None, blocking_io, "默认池", 0.5)
    print(r1)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking_io, f"任务{i}", 0.2 * (i + 1)) for i in range(3)]
        for r in await asyncio.gather(*futs):
            print(r)
        print(await loop.run_in_executor(pool, cpu_work, 1000))
    print(await asyncio.to_thread(blocking_io, "to_thread", 0.1))
    print(f"elapsed ~{loop.time() - start:.1f}s")


asyncio.run(main())
