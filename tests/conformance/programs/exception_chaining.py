import asyncio


class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        raise ConfigError(f"port must be a number, got {text!r}")
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} out of range") from None
    return port


async def load(cfg):
    await asyncio.sleep(0.1)
    return {k: parse_port(v) if k.endswith("port") else v for k, v in cfg.items()}


async def main():
    print(await load({"host": "localhost", "port": "8080"}))
    for bad in ("eighty", "70000"):
        try:
            await load({"port": bad})
        except ConfigError as e:
            ctx = e.__context__
            print(f"ConfigError: {e} | context={ctx!r} | cause={e.__cause__} | suppress={e.__suppress_context__}")
    try:
        try:
            1 / 0
        finally:
            print("finally runs")
    except ZeroDivisionError as e:
        print("caught", e, type(e).__mro__[1].__name__)
    try:
        raise RuntimeError("outer") from KeyError("inner")
    except RuntimeError as e:
        print(repr(e.__cause__), e.__cause__.args)
    e = ValueError("a", 1)
    print(str(e), repr(e), e.args, str(KeyError("k")), str(KeyError()), repr(OSError(2, "nf")))
    await load({"admin_port": "0"})


asyncio.run(main())
