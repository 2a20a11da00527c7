import asyncio
import random


async def sensor(name, readings, stop):
    rnd = random.Random(name)
    while not stop.is_set():
        value = round(rnd.uniform(15, 30), 1)
        readings.setdefault(name, []).append(value)
        try:
            await asyncio.wait_for(stop.wait(), timeout=rnd.choice([0.3, 0.5, 0.7]))
        except asyncio.TimeoutError:
            pass
    return name


async def main():
    stop = asyncio.Event()
    readings = {}
    tasks = [asyncio.create_task(sensor(n, readings, stop)) for n in ("north", "south", "east")]
    await asyncio.sleep(2)
    stop.set()
    names = await asyncio.gather(*tasks)
    print(names)
    for name in sorted(readings):
        vals = readings[name]
        avg = sum(vals) / len(vals)
        print(f"{name:>6}: n={len(vals):2d} min={min(vals):5.1f} max={max(vals):5.1f} avg={avg:6.2f}")
    flat = sorted(v for vs in readings.values() for v in vs)
    print(flat[:3], flat[-3:], len(flat))
    print("%.1f%%" % (100 * sum(1 for v in flat if v > 22) / len(flat)))


asyncio.run(main())
