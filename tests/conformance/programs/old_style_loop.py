import asyncio


async def compute(x, y):
    print(f"Compute {x} + {y} ...")
    await asyncio.sleep(1.0)
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print(f"{x} + {y} = {result}")
    return result


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(print_sum(1, 2)))
tasks = [loop.create_task(print_sum(i, i * i)) for i in range(3)]
done = loop.run_until_complete(asyncio.wait(tasks))
print(sorted(t.result() for t in done[0]))
fut = loop.create_future()
loop.call_later(0.5, fut.set_result, "late value")
print(loop.run_until_complete(fut))
print(loop.run_until_complete(asyncio.gather(compute(10, 20), compute("a", "b"))))
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(compute(0, 0))
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(compute(1, [2]))
