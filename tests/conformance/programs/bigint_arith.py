import math

print(2 ** 64, 2 ** 100, -(2 ** 63) - 1)
print(math.factorial(25), math.factorial(30))
a = 12345678901234567890
b = 98765432109876543210
print(a + b, a * b, b - a, a - b)
print(b // a, b % a, divmod(b, 7), -b // 7, -b % 7)
print(2 ** 200 // 3 ** 50, pow(7, 128) % 1000000007, pow(7, 128, 1000000007))
print(int("123456789012345678901234567890") + 1)
print(str(10 ** 30), len(str(2 ** 1000)), sum(int(d) for d in str(2 ** 1000)))
print(hex(2 ** 70), bin(2 ** 65)[:10], oct(2 ** 66))
print(2 ** 64 > 2 ** 63, 2 ** 64 == 18446744073709551616, 2 ** 64 - 1 < 2 ** 64)
print(f"{2 ** 80:,}", f"{3 ** 40:_}", "%d" % (5 ** 30), "{:>30}".format(7 ** 25))
print(abs(-(10 ** 25)), -(10 ** 25), 10 ** 25 * -1, (10 ** 25) // -3)
print(hash(2 ** 64) == hash(2 ** 64), {2 ** 64: "big"}[2 ** 64])
print(float(2 ** 70), int(1e20), 2 ** 64 / 2, (2 ** 64) * 0.5)
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[99])
print(math.comb(100, 50), math.perm(30, 10))
print(sorted([2 ** 65, -(2 ** 70), 5, 2 ** 64]))
print(max(2 ** 100, 3 ** 60), min(-(2 ** 100), -(3 ** 70)))
print(int.bit_length(2 ** 100), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
x = 1
for i in range(1, 40):
    x *= i
print(x, x % 1000003, x.__class__.__name__)
print(9_223_372_036_854_775_807 + 1, -9_223_372_036_854_775_808 - 1)
print(9223372036854775807 * 9223372036854775807)
print(2 ** 10000 // 2 ** 9990)
