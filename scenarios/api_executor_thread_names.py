"""Which thread runs an executor job: threading.current_thread() and to_thread.

Demonstrates: a common tutorial idiom, printing `threading.current_thread().name`
in the loop and in blocking functions run with `loop.run_in_executor` (default
executor: threads asyncio_0, asyncio_1, ...), a named ThreadPoolExecutor
(`thread_name_prefix`) and `asyncio.to_thread` (which uses the default executor).
A free job goes to the lowest-numbered idle worker.

Timeline: jobs j0 and j1 run on asyncio_0 and asyncio_1 from t=0 to t=1; then
the to_thread job reuses asyncio_0 (t=1 to t=2); the "pool" jobs p0, p1 run on
pool_0 and pool_1 from t=2 to t=2.5.
"""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def blocking(name, seconds):
    time.sleep(seconds)
    return f"{name} on {threading.current_thread().name}"


async def main():
    print("loop runs on", threading.current_thread().name)
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(*(loop.run_in_executor(None, blocking, f"j{i}", 1) for i in range(2))))
    print(await asyncio.to_thread(blocking, "to_thread", 1))
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, blocking, f"p{i}", 0.5) for i in range(2))))
    print(f"t={loop.time()}")


asyncio.run(main())
