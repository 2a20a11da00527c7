import asyncio


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code


async def load(key):
    await asyncio.sleep(0.1)
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(404, f"找不到 {key!r}") from e


async def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"输入是 {text!r}")
        raise


async def main():
    print(await load("a"))
    try:
        await load("b")
    except AppError as e:
        print("AppError:", e, e.code, repr(e.__cause__))
    try:
        await parse("12x")
    except ValueError as e:
        print("notes:", e.__notes__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("处理时又出错")
    except RuntimeError as e:
        print(type(e.__context__).__name__, e.__suppress_context__)
    await load("zzz")


asyncio.run(main())
