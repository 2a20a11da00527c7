async def exterior():
    tasks = []
	dones, pendings = await asyncio.wait(tasks)
