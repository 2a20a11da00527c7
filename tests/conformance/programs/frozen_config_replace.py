import asyncio
import dataclasses
from dataclasses import dataclass, field, replace, FrozenInstanceError


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080
    tags: tuple = ()

    @property
    def url(self):
        return f"http://{self.host}:{self.port}"


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


async def serve(cfg: Config, delay):
    await asyncio.sleep(delay)
    print(f"服务启动 {cfg.url} tags={cfg.tags}")
    return cfg.port


async def main():
    base = Config("localhost")
    configs = [replace(base, port=8000 + i) for i in range(3)]
    print(configs[0], configs[0] == Config("localhost", 8000), hash(base) == hash(Config("localhost")))
    ports = await asyncio.gather(*(serve(c, 0.1 * (3 - i)) for i, c in enumerate(configs)))
    print("ports:", ports)
    seen = {base, Config("localhost"), replace(base, tags=("a",))}
    print(len(seen), sorted([Version(2), Version(1, 5), Version(1)]))
    print(dataclasses.asdict(configs[1]), dataclasses.astuple(Version(3, 1)))
    try:
        base.port = 1
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))
    try:
        del base.host
    except AttributeError as e:
        print(type(e).__name__, e)
    base.host = "example.com"


asyncio.run(main())
