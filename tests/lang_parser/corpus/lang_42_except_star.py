# except* handles the parts of an ExceptionGroup, as TaskGroup raises them.
import asyncio


async def fail(n):
    raise ValueError(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
    except* ValueError as eg:
        print([str(e) for e in eg.exceptions])
    except* (TypeError, KeyError):
        pass
    else:
        print("no error")
    finally:
        print("done")
