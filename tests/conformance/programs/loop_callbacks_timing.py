import asyncio
import functools

events = []


def note(tag, loop, *extra):
    events.append(f"{loop.time():.2f} {tag} {extra}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_soon(note, "soon-1", loop)
    loop.call_later(0.3, note, "later-0.3", loop, 1, 2)
    loop.call_at(start + 0.1, note, "at+0.1", loop)
    h = loop.call_later(0.2, note, "cancelled", loop)
    loop.call_soon(functools.partial(note, "partial", loop, "x"))
    h.cancel()
    print(h.cancelled(), h.when() - start)
    loop.call_later(0, note, "later-0", loop)
    await asyncio.sleep(0.5)
    for e in events:
        print(e)
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, {"status": "ok", "codes": [200, 201]})
    print(fut.done(), await fut, fut.done())
    fut2 = loop.create_future()
    loop.call_soon(fut2.set_exception, KeyError("missing"))
    try:
        await fut2
    except KeyError as e:
        print("KeyError", e, repr(e))
    print(f"elapsed {loop.time() - start:.3f}")


asyncio.run(main())
