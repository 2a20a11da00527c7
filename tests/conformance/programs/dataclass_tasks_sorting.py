import asyncio
from dataclasses import dataclass, field
from typing import List


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    steps: List[str] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        self.steps.append("created")


@dataclass
class Report:
    done: list = field(default_factory=list)
    failed: dict = field(default_factory=dict)

    def summary(self):
        return f"完成 {len(self.done)} 个, 失败 {len(self.failed)} 个"


async def run(job: Job, report: Report):
    await asyncio.sleep(job.priority / 10)
    job.steps.append("ran")
    if job.priority % 3 == 0:
        report.failed[job.name] = f"priority {job.priority} 不允许"
        return
    report.done.append(job.name)


async def main():
    jobs = sorted([Job(5, "备份"), Job(1, "邮件"), Job(3, "清理"), Job(2, "报表")])
    print(jobs)
    print(jobs[0] < jobs[1], Job(1, "a") == Job(1, "b"), Job.__hash__)
    report = Report()
    await asyncio.gather(*(run(j, report) for j in jobs))
    print(report)
    print(report.summary(), [j.steps for j in jobs][:2])
    try:
        Job()
    except TypeError as e:
        print("TypeError:", e)
    hash(report)


asyncio.run(main())
