import asyncio


class Counter:
    def __init__(self):
        self.value = 0

    def __iadd__(self, n):
        self.value += n
        return self

    def __str__(self):
        return f"Counter<{self.value}>"


async def bump(c, n, lock):
    async with lock:
        tmp = c.value
        await asyncio.sleep(0.01 * n)
        c.value = tmp + n


async def racy(c, n):
    tmp = c.value
    await asyncio.sleep(0.01 * n)
    c.value = tmp + n


async def main():
    c1, c2 = Counter(), Counter()
    lock = asyncio.Lock()
    await asyncio.gather(*(bump(c1, n, lock) for n in range(1, 6)))
    await asyncio.gather(*(racy(c2, n) for n in range(1, 6)))
    print(c1, c2, str(c1) == "Counter<15>")
    c1 += 5
    print(c1, lock.locked(), repr(lock).split(" at ")[0])
    await lock.acquire()
    print(lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(waiter.done())
    lock.release()
    await asyncio.sleep(0)
    print(waiter.done(), waiter.result(), lock.locked())
    lock.release()
    ev = asyncio.Event()
    print(ev.is_set(), await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.1, "ok")), 1))
    print(f"{'done':*^20}")


asyncio.run(main())
