import asyncio
import concurrent.futures
import math
import time


def slow_factorial(n):
    time.sleep(0.1 * (n % 4))
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def sum_of_squares(n):
    return sum(i * i * i * i for i in range(n)) * 10 ** 15


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        sizes = [20, 25, 30, 52, 100]
        results = await asyncio.gather(*(loop.run_in_executor(pool, slow_factorial, n) for n in sizes))
    for n, value in zip(sizes, results):
        assert value == math.factorial(n)
        digits = str(value)
        print(f"{n:>3}! has {len(digits):>3} digits, digit sum {sum(map(int, digits))}")
    print(f"{results[0]:,}")
    print(f"{results[1]:_}")
    print(f"{results[2]:.6e} {results[2]:>40} {float(results[2])!r}")
    print(f"{results[3]:#x}")
    print(results[4] // results[3], results[4] % 1_000_000_007, divmod(results[2], 10 ** 20))
    squares = await asyncio.to_thread(sum_of_squares, 2000)
    print("sum of fourth powers:", squares, type(squares).__name__)
    print("ratio:", results[4] / results[3], results[3] / results[4])
    print("comb:", math.comb(100, 50), math.perm(40, 20))
    print("gcd/lcm:", math.gcd(results[4], 2 ** 200), math.lcm(2 ** 70, 3 ** 45))
    print("isqrt:", math.isqrt(results[4]), math.isqrt(10 ** 60))
    try:
        await loop.run_in_executor(None, float, results[4] ** 4)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(results[4] ** 5 / 3)
    except OverflowError as e:
        print("OverflowError:", e)


asyncio.run(main())
