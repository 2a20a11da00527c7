import asyncio


async def visitor(i, gate, sem, inside):
    await gate.wait()
    async with sem:
        inside.append(i)
        print(f"游客{i} 进入, 当前 {len(inside)} 人")
        await asyncio.sleep(0.1 * (i % 3 + 1))
        inside.remove(i)
        print(f"游客{i} 离开")
    return i


async def main():
    gate = asyncio.Event()
    sem = asyncio.Semaphore(2)
    inside = []
    tasks = [asyncio.create_task(visitor(i, gate, sem, inside)) for i in range(5)]
    await asyncio.sleep(0.2)
    print("开门前 is_set =", gate.is_set(), "locked =", sem.locked())
    gate.set()
    done = await asyncio.gather(*tasks)
    print("全部完成:", done)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    gate.clear()
    try:
        await asyncio.wait_for(gate.wait(), 0.3)
    except TimeoutError:
        print("门已关闭, 等待超时")


asyncio.run(main())
