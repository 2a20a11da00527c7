"""An exception raised inside a loop callback does not stop the program.

Demonstrates: when a plain callback (call_soon / call_later) or a future's done
callback raises, the event loop does not propagate the exception: its default
exception handler logs "Exception in callback ..." with the traceback on stderr,
and the loop goes on running the other callbacks and tasks. The program ends
normally with exit code 0 (the last stderr line is the logged exception).

Timeline: the failing call_soon callback runs at t=0, the done callback of the
"worker" task at t=1 (it fails too), the call_later callback at t=1.5; main
keeps running and prints its last line at t=2.
"""
import asyncio


def parse(text):
    print(f"parse({text!r})")
    return int(text)


def report(task):
    print("worker finished with", task.result())
    raise RuntimeError("report failed")


async def worker():
    await asyncio.sleep(1)
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(parse, "12")
    loop.call_soon(parse, "twelve")
    loop.call_later(1.5, parse, "3")
    task = asyncio.create_task(worker())
    task.add_done_callback(report)
    await asyncio.sleep(2)
    print(f"main still running at t={loop.time()}, worker result {task.result()!r}")


asyncio.run(main())
