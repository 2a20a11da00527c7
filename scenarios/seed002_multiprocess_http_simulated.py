"""Multiprocessing plus coroutines, simulated (7.多进程+协程).

The tutorial fetches 400 URLs with aiohttp in 4 processes (multiprocessing.Pool),
each process running an event loop with a Semaphore(10). Scenarios can have
neither aiohttp nor multiprocessing, so this version keeps the structure but:
- `aiohttp.ClientSession` is a small stand-in class whose `get(url)` response's
  `text()` simulates the HTTP call with `asyncio.sleep(0.1)`;
- the four "processes" run one after the other in this process, each in a fresh
  event loop (`asyncio.new_event_loop()`, as each worker process would have its
  own loop; `get_event_loop()` would return the first, closed, loop again);
- the coroutines are wrapped in tasks before `asyncio.wait`, which refuses bare
  coroutines since Python 3.11 (TypeError);
- each "process" prints how many pages it fetched and when it finished.

Demonstrates: a semaphore inside each coroutine limits concurrency to 10.

Timeline: each chunk of 100 URLs takes 10 rounds of 10 concurrent 0.1 s fetches,
i.e. 1 second: the chunks end at about t=1, 2, 3 and 4, and the total printed at
the end is about 4 seconds (the tutorial's 4 real processes took 2.87 s).
"""
import time
import asyncio


class FakeResponse:
    def __init__(self, url):
        self.url = url

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    async def text(self):
        await asyncio.sleep(0.1)        # 模拟网络请求
        return f"<html>{self.url}</html>"


class FakeClientSession:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def get(self, url):
        return FakeResponse(url)


class aiohttp:                          # stands in for the aiohttp package
    ClientSession = FakeClientSession


all_urls = ['https://www.baidu.com'] * 400

async def get_html(url, sem):
    async with(sem):    
        async with aiohttp.ClientSession() as session:  
            async with session.get(url) as resp:  
                html = await resp.text()             
                return len(html)

def main(urls):
    loop = asyncio.new_event_loop()                # 获取事件循环 (each process has its own)
    sem = asyncio.Semaphore(10)                    # 控制并发的数量
    tasks = [loop.create_task(get_html(url, sem)) for url in urls]   # 把所有任务放到一个列表中
    done, pending = loop.run_until_complete(asyncio.wait(tasks))   # 激活协程
    loop.close()                                   # 关闭事件循环
    print(f"fetched {len(done)} pages, {sum(t.result() for t in done)} bytes, at {time.time():.1f}s")

if __name__ == '__main__':
    start = time.time()
    for i in range(4):                             # instead of Pool(4).apply_async
        main(all_urls[i*100:(i+1)*100])
    print(f"{time.time()-start:.2f}")   # 2.87s
