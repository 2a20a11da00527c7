import asyncio
import time

def a():
    time.sleep(1)
    return 'A'

async def b():
    await asyncio.sleep(1)
    return 'B'

def show_perf(func):
    print('*' * 20)
    start = time.perf_counter()
    asyncio.run(func())
    print(f'{func.__name__} Cost: {time.perf_counter() - start}')

async def c1():
    loop = asyncio.get_running_loop()
    await asyncio.gather(
        loop.run_in_executor(None, a),
        b()
    )

show_perf(c1)

