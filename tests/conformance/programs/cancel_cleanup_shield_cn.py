import asyncio


async def important(name):
    print(f"{name} 开始保存")
    await asyncio.sleep(0.3)
    print(f"{name} 保存完成")
    return "saved"


async def cancellable(name):
    try:
        print(f"{name} running")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} cancelled, args={e.args}")
        await asyncio.sleep(0.1)
        print(f"{name} cleanup done")
        raise
    finally:
        print(f"{name} finally")


async def main():
    t = asyncio.create_task(cancellable("下载"))
    await asyncio.sleep(0.1)
    print("cancel() ->", t.cancel("用户取消"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args, t.cancelled())
    inner = asyncio.create_task(important("数据库"))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield outer cancelled; inner done?", inner.done())
    print("inner result:", await inner)
    t2 = asyncio.create_task(cancellable("上传"))
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel()
    print("cancelling count:", t2.cancelling())
    res = await asyncio.gather(t2, return_exceptions=True)
    print(res[0].__class__.__name__, repr(res[0]))


asyncio.run(main())
