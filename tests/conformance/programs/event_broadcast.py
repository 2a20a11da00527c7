import asyncio


class Race:
    def __init__(self, runners):
        self.start = asyncio.Event()
        self.finish_order = []
        self.runners = runners

    async def run(self, name, speed):
        print(f"{name} at the line")
        await self.start.wait()
        await asyncio.sleep(100 / speed)
        self.finish_order.append(name)
        return name, round(100 / speed, 3)

    async def go(self):
        tasks = [asyncio.create_task(self.run(n, s)) for n, s in self.runners.items()]
        await asyncio.sleep(1)
        print("set?", self.start.is_set())
        self.start.set()
        times = await asyncio.gather(*tasks)
        return times


async def main():
    race = Race({"Bolt": 10.44, "Gay": 10.2, "Blake": 10.35, "小明": 6.5})
    times = await race.go()
    for pos, (name, t) in enumerate(sorted(times, key=lambda x: x[1]), start=1):
        print(f"{pos}. {name:<6}|{t:>8.3f}s")
    print(race.finish_order)
    ev = race.start
    ev.clear()
    print(ev.is_set(), await asyncio.wait_for(asyncio.shield(ev.wait()), 1) if ev.is_set() else "cleared")
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("nobody set it")


asyncio.run(main())
