#await 必须加在task前
for task in asyncio.as_completed(tasks):
    result = await task
    print(result)
