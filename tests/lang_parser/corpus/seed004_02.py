# Fragment from the tutorial, completed: the loop runs inside a coroutine.
import asyncio


async def main(tasks):
    #await 必须加在task前，而不是asyncio.as_completed前
    #await是必须的，不然main会提早结束
    for task in asyncio.as_completed(tasks):
        result = await task
        print(result)
