import asyncio
from functools import partial

def callback(future, n):
    print(f'Result: {future.result()}, {n}')

async def a():
    await asyncio.sleep(1)
    return 'A'

async def main():
    task = asyncio.create_task(a())
    task.add_done_callback(partial(callback, n=1))
    await task

asyncio.run(main())

