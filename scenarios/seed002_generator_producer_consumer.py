"""How coroutines work: a generator-based producer and consumer (2.协程原理, #1).

Demonstrates: a plain generator used as a coroutine: `c.send(None)` primes it,
`c.send(n)` passes a value in and gets the next `yield` value back, `c.close()`
ends it. No event loop and no task: the whole program is synchronous.

Timeline: no tasks at all; the ten lines are printed at t=0 outside any task.
"""
#1 整个流程无锁，由一个线程执行，producer和consumer协作完成任务，而非线程的抢占式多任务
'''
1.producer通过c.send(None)启动生成器
2.producer通过c.send(n)切换到consumer，
3.consumer通过yield拿到send消息，再通过yield切换到producer并把结果返回
4.producer在c.send(n)返回时拿到consumer结果，继续生产下一条消息
5.producer通过c.close()关闭consumer，结束
'''

import time

def consumer():    #生成器
    r = ''
    while True:
        n = yield r
        if not n:
            return
        print('[CONSUMER] Consuming %s...' % n)
        r = 'OK'

def produce(c):    #接收一个生成器
    c.send(None)   # 激活协程 等价于 next(c)
    n = 0
    while n < 5:
        n = n + 1
        print('[PRODUCER] Producing %s...' % n)
        r = c.send(n)
        print('[PRODUCER] Consumer return: %s' % r)
    c.close()

c = consumer()
produce(c)
