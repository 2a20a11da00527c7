import asyncio


async def player(barrier, name, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(len(name) * 0.1)
        idx = await barrier.wait()
        log.append((r, name, idx))
        if idx == 0:
            print(f"round {r}: everyone arrived ({barrier.n_waiting} waiting)")


async def main():
    names = ["ann", "bo", "carla"]
    barrier = asyncio.Barrier(len(names))
    state = repr(barrier)
    print(state[state.index("["):])
    log = []
    await asyncio.gather(*(player(barrier, n, 2, log) for n in names))
    for r, name, idx in log:
        print(r, name, idx)
    print(barrier.parties, barrier.broken)
    b2 = asyncio.Barrier(2)

    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            print("barrier broken while waiting")

    t = asyncio.create_task(lonely())
    await asyncio.sleep(0.1)
    await b2.abort()
    await t
    print(b2.broken)
    await b2.wait()


asyncio.run(main())
