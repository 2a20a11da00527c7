import asyncio

log = []


async def save(record):
    log.append(f"saving {record}")
    await asyncio.sleep(2)
    log.append(f"saved {record}")
    return len(record)


async def handler(record):
    inner = asyncio.ensure_future(save(record))
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        log.append("handler cancelled, save continues")
        n = await inner
        log.append(f"inner finished anyway with {n}")
        raise


async def main():
    t = asyncio.create_task(handler("user:42"))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer task cancelled:", t.cancelled())
    for i, line in enumerate(log, 1):
        print(f"{i:02d}. {line}")
    r = await asyncio.wait_for(asyncio.shield(save("x")), 5)
    print("shielded result", r)
    try:
        await asyncio.wait_for(asyncio.shield(save("yy")), 1)
    except asyncio.TimeoutError:
        print("timeout, but save keeps going")
    await asyncio.sleep(1.5)
    print(log[-3:])


asyncio.run(main())
