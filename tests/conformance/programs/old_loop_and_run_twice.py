import asyncio
import time


async def say(what, when):
    await asyncio.sleep(when)
    print(what, round(time.perf_counter() - START, 1))
    return len(what)


async def main():
    task1 = asyncio.create_task(say("hello", 1))
    task2 = asyncio.create_task(say("world", 2))
    print(f"started at {time.strftime('%X', time.gmtime(0))}")
    r1 = await task1
    r2 = await task2
    print(r1 + r2, task1.result(), task2.done())


START = time.perf_counter()
loop = asyncio.get_event_loop()
print(loop.run_until_complete(say("sync-start", 0.5)))
done, _ = loop.run_until_complete(asyncio.wait([loop.create_task(say(w, 0.1)) for w in "ab"]))
print(sorted(t.result() for t in done))
asyncio.run(main())
print(asyncio.run(say("again", 0)))
time.sleep(0.5)
print(round(time.perf_counter() - START, 1))
