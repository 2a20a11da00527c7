"""Blocking functions that print, in executor workers — 在线程池里打印的阻塞函数

What it demonstrates: run_in_executor and asyncio.to_thread run blocking functions on
worker threads; time.sleep() inside them takes time on that worker only, so their prints
interleave with the loop's by virtual time, and each prints its worker's thread name.

What to look for on the timeline: workers asyncio_0 and asyncio_1 are busy from t=0 to
t=2 while the ticker task keeps running every 0.5 s; gather returns at t=2.
"""
import asyncio
import threading
import time


def blocking(n):
    print("start", n, threading.current_thread().name, time.time())
    time.sleep(1)
    print("middle", n, time.time())
    time.sleep(1)
    print("end", n)
    return n


async def ticker():
    for i in range(5):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(loop.run_in_executor(None, blocking, 1), ticker(),
                                   asyncio.to_thread(blocking, 2))
    print(results)


asyncio.run(main())
