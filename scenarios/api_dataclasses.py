"""Dataclasses as task inputs — 用 dataclass 描述任务

What it demonstrates: @dataclass generates __init__, __repr__ and __eq__ (and the orderings
with order=True) from annotations; field(default_factory=list) gives each instance its own
list; asdict() turns an instance into a dict.

What to look for on the timeline: three tasks sleep 1, 0.5 and 0.2 s; gather returns at t=1.
"""
import asyncio
from dataclasses import dataclass, field, asdict

@dataclass
class Job:
    name: str
    delay: float = 0.5
    tags: list = field(default_factory=list)

@dataclass(order=True)
class Point:
    x: int
    y: int = 0

async def run(job: Job):
    await asyncio.sleep(job.delay)
    job.tags.append("done")
    return job

async def main():
    jobs = [Job("a", 1), Job("b"), Job(name="c", delay=0.2)]
    done = await asyncio.gather(*(run(j) for j in jobs))
    for j in done:
        print(j)
    print(asdict(done[0]), Job("a", 1) == Job("a", 1), Job("a") == Job("b"))
    print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]), Point(1) < Point(2))
    try:
        Job()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
