    async def switch_group(self, group_ids):
        pass
