import asyncio


async def download(sem, i, active, peak):
    async with sem:
        active.append(i)
        peak[0] = max(peak[0], len(active))
        print(f"start {i} active={active} locked={sem.locked()}")
        await asyncio.sleep(0.1 * (i % 3 + 1))
        active.remove(i)
    return i


async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [], [0]
    r = await asyncio.gather(*(download(sem, i, active, peak) for i in range(6)))
    print(r, "peak", peak[0])
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    s.release()
    s.release()
    print("unbounded value now", s._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    lock = asyncio.Lock()
    print(lock.locked())
    lock.release()


asyncio.run(main())
