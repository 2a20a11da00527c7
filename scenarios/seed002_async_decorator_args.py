"""Async decorator with arguments (4.异步装饰器 / 带参数异步装饰器).

Demonstrates: a decorator factory taking arguments, returning a decorator whose
wrapper is a coroutine function; the arguments are captured by closures.

Timeline: one task: "Starting ... with Parameter 1 and Parameter 2" at t=0, the
other two lines at t=1.
"""
# 带参数异步装饰器
import asyncio  

def async_decorator_with_args(arg1, arg2):  
    def inner_decorator(func):  
        async def wrapper(*args, **kwargs):  
            print(f"Starting asynchronous operation with {arg1} and {arg2}...")  
            result = await func(*args, **kwargs)  
            print("Asynchronous operation completed: ", result)  
            return result  
        return wrapper  
    return inner_decorator

@async_decorator_with_args("Parameter 1", "Parameter 2")  
async def my_function():  
    await asyncio.sleep(1)  
    print("my_function completed.")  
    return "Hello, world!"

asyncio.run(my_function())
