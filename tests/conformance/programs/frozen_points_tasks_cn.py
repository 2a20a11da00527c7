import asyncio
from dataclasses import dataclass, replace, fields


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)


@dataclass(frozen=True)
class Robot:
    name: str
    pos: Point


async def drive(robot, path):
    for dx, dy in path:
        await asyncio.sleep(0.1)
        robot = replace(robot, pos=robot.pos.moved(dx, dy))
        print(f"{robot.name} -> ({robot.pos.x:.1f}, {robot.pos.y:.1f})")
    return robot


async def main():
    r1 = Robot("机器人甲", Point(0, 0))
    r2 = Robot("机器人乙", Point(5, 5))
    a, b = await asyncio.gather(drive(r1, [(1, 0), (0, 2)]), drive(r2, [(-1, -1)] * 3))
    print(a, b, sep="\n")
    visited = {a.pos, b.pos, Point(1, 2)}
    print(len(visited), [f.name for f in fields(Robot)])
    print(r1 == Robot("机器人甲", Point(0, 0)), r1 is r1, hash(Point(1, 2)) == hash(Point(1.0, 2.0)))
    try:
        replace(r1, speed=3)
    except TypeError as e:
        print("TypeError:", e)
    a.pos.x = 100


asyncio.run(main())
