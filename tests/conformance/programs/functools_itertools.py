import functools
import itertools
import operator


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} kw={kwargs} -> {result!r}")
        return result
    return wrapper


@trace
def power(base, exp=2):
    """Raise base to exp."""
    return base ** exp


print(fib(90), fib.cache_info())
print(power(3), power(2, exp=10), power.__name__, power.__doc__)
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + b, "abc", ">"))
double = functools.partial(power, exp=1)
print(double(21), double.func.__name__, double.keywords)
print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
for key, grp in itertools.groupby(sorted("mississippi")):
    print(key, len(list(grp)), end="; ")
print()
print(list(itertools.product("ab", [1, 2])), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations("abcd", 3)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.repeat("z", 3)))
print(sorted(["b10", "a2", "b2"], key=operator.itemgetter(1, 0)), operator.attrgetter("__class__.__name__")(3))
print(list(enumerate("xyz", start=1)), list(zip(range(3), "ab", [True] * 5)))
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None])))
print(any(x > 3 for x in [1, 5]), all([]), sum(range(101)), list(reversed(range(3))))
print(list(itertools.pairwise("abcd")), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(functools.reduce(operator.add, []))
