# 中文注释: identifiers, strings and comments in other scripts.
import asyncio

名字 = "协程"
π = 3.14159
café = "naïve"
def 计算(数字):
    return 数字 * 2

class 任务:
    def __init__(self, 编号):
        self.编号 = 编号

print(f"{名字} {计算(π)} {café}")
emoji = "🐍 and 🚀"
mixed_ident_é_1 = 1
_私有 = None
