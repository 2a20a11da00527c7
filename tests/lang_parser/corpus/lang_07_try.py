import asyncio


class MyError(Exception):
    pass


def risky(flag):
    try:
        if flag:
            raise MyError("bad")
        value = 1 / 0
    except ZeroDivisionError:
        value = 0
    except (TypeError, ValueError) as exc:
        raise RuntimeError("wrapped") from exc
    except MyError as e:
        print(e)
        raise
    except:
        raise RuntimeError from None
    else:
        print("no error")
    finally:
        print("cleanup")
    return value


def only_finally():
    try:
        return 1
    finally:
        print("finally")


async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.1)
    except asyncio.TimeoutError:
        print("Timeout!")
    except asyncio.CancelledError:
        raise
    try:
        pass
    except Exception as e:
        del e


def nested():
    try:
        try:
            raise KeyError
        except KeyError:
            raise ValueError
    except ValueError:
        pass
