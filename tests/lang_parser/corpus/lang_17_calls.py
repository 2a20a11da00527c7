import asyncio


def f(*args, **kwargs):
    return args, kwargs


args = [1, 2]
kwargs = {"a": 1}
f()
f(1)
f(1, 2, 3)
f(*args)
f(**kwargs)
f(1, *args, 2, *args)
f(a=1, b=2)
f(1, a=1, *args, b=2, **kwargs)
f(*args, **kwargs, c=3)
f(**kwargs, **{"d": 4})
f(x for x in range(3))
f((x for x in range(3)), 1)
f(1, (x for x in range(3)))
f(key=lambda v: v, default=None)
result = f(1)(2) if False else None
text = "a,b".split(",")[0].upper().strip()
value = {"k": [1, 2]}["k"][1:][0]
method = "x".join
loop = asyncio.get_event_loop
print("a", "b", sep="-", end="\n")
print(f(
    1,
    2,
))
