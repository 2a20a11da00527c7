# Fragment from the tutorial, completed: the method lives in a class.
import asyncio
import time


class UsbGroups:
    def __init__(self):
        self.group_usb_ids = {}

    async def test_edl_on_off(self, usb_id):
        await asyncio.sleep(0)

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
