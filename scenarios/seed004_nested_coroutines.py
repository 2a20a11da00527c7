"""Nested coroutines (10.协程的嵌套), method 1: asyncio.wait and done.result().

The tutorial's sketch, made runnable: its uncommented prose line becomes a
comment, the tab-indented line is re-indented, `import asyncio` is added, and
`loop.run_until_complete(main())` runs the outer coroutine `exterior()` (the
tutorial names it main in that call).

Demonstrates: inner coroutines wrapped in tasks with `asyncio.ensure_future` and
awaited with `asyncio.wait`; the old-style `asyncio.get_event_loop()` +
`run_until_complete` (it still works in 3.11 when no loop was set before).
`interior()` is just `pass`, so the three results are None.

Timeline: the outer task (Task-1) creates Task-2..Task-4 at t=0; they end at once
and the outer task prints None three times at t=0.
"""
import asyncio

#内层协程
async def interior():
    pass

#外层协程
async def exterior():
    coroutine1=interior()
    coroutine2=interior()
    coroutine3=interior()
    
    # 将内层协程包装成外层的tasks
    tasks =[
        asyncio.ensure_future(coroutine1),
        asyncio.ensure_future(coroutine2),
        asyncio.ensure_future(coroutine3),
    ]
    
    #使用await来阻塞asyncio.wait(tasks)
    #不然外层协程会不等内层协程运行结束而直接终止，这样内层协程就没有返回结果
    #dones和pendings返回的两个时tasks的运行结果
    dones,pendings=await asyncio.wait(tasks)
    #通过对dones的循环来获取返回值
    for task in dones:
        print(task.result())

loop=asyncio.get_event_loop()
#创建后将外侧协程注册进循环
loop.run_until_complete(exterior())
