import asyncio
import sys


async def download(name, size):
    got = 0
    while got < size:
        await asyncio.sleep(0.1)
        got = min(size, got + 30)
        sys.stdout.write(f"\r{name}: {got * 100 // size:3d}%")
    sys.stdout.write("\n")
    print(f"{name} 完成", file=sys.stdout)
    return size


async def main():
    sizes = await asyncio.gather(download("文件A", 60), download("文件B", 90))
    print("总大小", sum(sizes), file=sys.stderr)
    print(f"Python {sys.version_info.major}.{sys.version_info.minor} on {sys.platform}")
    print(sys.maxsize > 2 ** 31, sys.getrecursionlimit() >= 1000, type(sys.argv).__name__)
    if sum(sizes) > 100:
        print("Error: 超过配额", file=sys.stderr)
        sys.exit(1)


asyncio.run(main())
