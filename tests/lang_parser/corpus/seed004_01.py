#内层协程
async def interior():
    pass

#外层协程
async def exterior():
    coroutine1=interior()
    coroutine2=interior()
    coroutine3=interior()
    
    将内层协程包装成外层的tasks
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
loop.run_until_complete(main())
    
