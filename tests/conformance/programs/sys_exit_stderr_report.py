import asyncio
import sys


async def check(name, value):
    await asyncio.sleep(0.1 * value)
    if value > 3:
        print(f"[错误] {name}: 值太大 ({value})", file=sys.stderr)
        return False
    print(f"[正常] {name}: {value}")
    return True


async def main():
    results = await asyncio.gather(*(check(f"传感器-{i}", v) for i, v in enumerate([1, 5, 2, 7])))
    ok = sum(results)
    print(f"通过 {ok}/{len(results)}", flush=True)
    sys.stdout.write("written directly\n")
    print("platform:", sys.platform, "argv:", sys.argv, "py3.11+:", sys.version_info >= (3, 11))
    if ok < len(results):
        sys.exit(f"检查失败: {len(results) - ok} 个传感器异常")


asyncio.run(main())
print("not reached")
