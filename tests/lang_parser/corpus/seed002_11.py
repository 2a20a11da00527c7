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

