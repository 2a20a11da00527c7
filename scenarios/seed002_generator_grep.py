"""How coroutines work: grep written as a generator coroutine (2.协程原理, #2).

Demonstrates: a generator that only receives values: `next()` runs it to the
first `yield`, each `send(line)` resumes it with a line, `close()` raises
GeneratorExit inside it to end it.

Timeline: no tasks; a single line, "I love coroutine instead!", printed at t=0.
"""
#2 实例：Python实现的grep

def grep(pattern):
    while True:
        line = (yield)
        if pattern in line:
            print(line)

search = grep('coroutine')
next(search)                    # 启动协程
search.send("I love you")       # 传入数据
search.send("I love coroutine instead!")
#output: I love coroutine instead!
search.close()                  # 关闭协程
