"""Async decorator (4.异步装饰器).

Demonstrates: a decorator whose wrapper is itself a coroutine function, awaiting
the decorated coroutine and printing its result (note the two spaces after the
colon: print's separator plus the one in the string).

Timeline: one task: "Starting" at t=0, the other two lines at t=1.
"""
# 异步装饰器
import asyncio  

def async_decorator(func):  
    async def wrapper(*args, **kwargs):  
        # 在这里添加异步操作的代码  
        print("Starting asynchronous operation...")  
        result = await func(*args, **kwargs)  
        print("Asynchronous operation completed: ", result)  
        return result  
    return wrapper

@async_decorator  
async def my_function():  
    await asyncio.sleep(1)  
    print("my_function completed.")  
    return "Hello, world!"  

asyncio.run(my_function())
