"""Concurrency control written as a function (把并发写成一个函数).

The tutorial shows only the method `switch_group_and_exec_edl_cmd`; here it is
put in a class whose `test_edl_on_off` simulates a one-second device operation
and whose `group_usb_ids` maps each group to some USB ids. The group timing print
uses the tutorial's otherwise unused `start_time`.

Demonstrates: acquiring the semaphore INSIDE each coroutine really limits
concurrency: at most 3 devices are switched at the same time.

Timeline: group "A" has 5 devices: three tasks run from t=0 to t=1 while two wait
on the semaphore, then the last two run from t=1 to t=2. Group "B" (2 devices)
then runs both at once from t=2 to t=3.
"""
import asyncio
import time


class EdlTester:
    def __init__(self):
        self.group_usb_ids = {"A": [1, 2, 3, 4, 5], "B": [6, 7]}

    async def test_edl_on_off(self, usb_id):
        print(f"{time.time():.0f}s usb {usb_id}: edl on")
        await asyncio.sleep(1)
        print(f"{time.time():.0f}s usb {usb_id}: edl off")

    async def switch_group_and_exec_edl_cmd(self, group_ids, concurrency_limit=3):
        semaphore = asyncio.Semaphore(concurrency_limit)  # 创建信号量

        async def limited_exec(usb_id):
            async with semaphore:  # 限制并发
                await self.test_edl_on_off(usb_id)

        for group_id in group_ids:
            start_time = time.time()
            tasks = []
            for usb_id in self.group_usb_ids.get(group_id, []):
                tasks.append(limited_exec(usb_id))  # 使用信号量限制并发
            await asyncio.gather(*tasks)  # 执行所有任务
            print(f"group {group_id} took {time.time() - start_time:.1f}s")


if __name__ == '__main__':
    asyncio.run(EdlTester().switch_group_and_exec_edl_cmd(["A", "B"]))
