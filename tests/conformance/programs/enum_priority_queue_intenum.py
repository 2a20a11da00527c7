import asyncio
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Channel(StrEnum):
    EMAIL = auto()
    SMS = auto()
    PUSH = "push-notification"


class Level(Enum):
    DEBUG = "debug"
    INFO = "info"
    WARN = "warn"
    WARNING = "warn"


async def worker(name, queue, log):
    while True:
        prio, seq, channel, text = await queue.get()
        await asyncio.sleep(0.01 * (11 - prio))
        log.append((name, Priority(-prio), channel))
        print(f"{name}: [{Priority(-prio).name}] via {channel}: {text}")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    jobs = [
        (Priority.LOW, Channel.EMAIL, "weekly digest"),
        (Priority.HIGH, Channel.SMS, "password reset"),
        (Priority.NORMAL, Channel.PUSH, "new follower"),
        (Priority.HIGH, Channel.PUSH, "fraud alert"),
    ]
    for seq, (prio, channel, text) in enumerate(jobs):
        queue.put_nowait((-prio, seq, channel, text))
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, log)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(len(log), sorted(p for _, p, _ in log))
    print(Priority.HIGH > Priority.NORMAL, Priority.LOW == 1, Priority.LOW + 1, Priority.HIGH * 2, -Priority.LOW)
    print(str(Priority.HIGH), repr(Priority.HIGH), f"{Priority.HIGH}", f"{Priority.HIGH:03d}", format(Priority.LOW))
    print(max(Priority), min(Priority), sorted([Priority.HIGH, Priority.LOW]), sum(Priority))
    print({Priority.LOW: "low"}[1], hash(Priority.NORMAL) == hash(5))
    print(str(Channel.EMAIL), repr(Channel.SMS), f"{Channel.PUSH}", Channel.EMAIL == "email", Channel.SMS + "!")
    print(Channel("sms"), list(Channel))
    print(list(Level), len(Level), Level.WARNING is Level.WARN, Level("warn"), repr(Level.WARNING))
    print(Level.__members__)
    print(Level.INFO == "info", Level.INFO.value == "info", bool(Level.DEBUG))
    try:
        Level.DEBUG < Level.INFO
    except TypeError as e:
        print("TypeError:", e)
    try:
        class MoreLevels(Level):
            TRACE = "trace"
    except TypeError as e:
        print("TypeError:", e)
    try:
        Priority(7)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
