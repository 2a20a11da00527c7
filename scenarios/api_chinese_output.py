"""Chinese output: task names, strings, formatting and str methods (中文输出).

Demonstrates: non-ASCII text everywhere a scenario prints: task names,
f-string padding (width counts characters, not display columns), `len()`,
slicing, `repr()` of Chinese strings (printed as is), Chinese exception
messages, and `sorted()` on Chinese strings (by code point).

Timeline: 下载任务 (1s), 解析任务 (2s) and 保存任务 (3s) start at t=0 and end at
t=1, 2 and 3; the summary is printed at t=3.
"""
import asyncio


async def 任务(名称, 秒数):
    print(f"[{asyncio.current_task().get_name()}] 开始{名称}，需要 {秒数} 秒")
    await asyncio.sleep(秒数)
    print(f"[{asyncio.current_task().get_name()}] {名称}完成 ✓")
    return f"{名称}结果"


async def main():
    任务列表 = [
        asyncio.create_task(任务(名称, 秒数), name=f"{名称}任务")
        for 名称, 秒数 in [("下载", 1), ("解析", 2), ("保存", 3)]
    ]
    结果 = await asyncio.gather(*任务列表)
    print("结果:", 结果)
    for 文本 in 结果:
        print(f"|{文本:<6}|{文本:>6}|{文本:^7}| 长度={len(文本)} 前两字={文本[:2]!r}")
    print(sorted(["协程", "任务", "事件循环", "异步"]))
    try:
        raise ValueError("超时：任务未完成")
    except ValueError as 错误:
        print("捕获异常:", repr(错误))


asyncio.run(main())
