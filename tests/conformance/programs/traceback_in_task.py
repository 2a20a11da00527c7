import asyncio


class ValidationError(ValueError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
        super().__init__(f"invalid {field}: {value!r}")


def validate(record):
    for key in ("id", "email"):
        if key not in record:
            raise KeyError(key)
    if "@" not in record["email"]:
        raise ValidationError("email", record["email"])
    return record


async def process(record):
    await asyncio.sleep(0.1)
    try:
        return validate(record)
    except KeyError as e:
        raise LookupError(f"record {record} incomplete") from e


async def main():
    good = await process({"id": 1, "email": "a@b.c"})
    print("good:", good)
    try:
        await process({"id": 2})
    except LookupError as e:
        print("LookupError:", e, "| cause:", repr(e.__cause__))
    try:
        await process({"id": 3, "email": "nobody"})
    except ValueError as e:
        print(type(e).__name__, e.field, e.value, e.args)
    task = asyncio.create_task(process({"id": 4, "email": "bad"}))
    await asyncio.sleep(0.5)
    print("task done:", task.done(), "exception:", task.exception())
    await task


asyncio.run(main())
