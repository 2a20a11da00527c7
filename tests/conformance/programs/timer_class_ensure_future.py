import asyncio


class Timer:
    def __init__(self, timeout, callback):
        self._timeout = timeout
        self._callback = callback
        self._task = asyncio.ensure_future(self._job())

    async def _job(self):
        await asyncio.sleep(self._timeout)
        await self._callback()

    def cancel(self):
        self._task.cancel()


async def timeout_callback():
    await asyncio.sleep(0.1)
    print("echo!")


async def main():
    print("first")
    timer = Timer(2, timeout_callback)
    await asyncio.sleep(2.5)
    print("second")
    timer = Timer(2, timeout_callback)
    await asyncio.sleep(1)
    timer.cancel()
    await asyncio.sleep(0)
    print(timer._task.cancelled())
    await asyncio.sleep(1.5)
    print("done")


asyncio.run(main())
