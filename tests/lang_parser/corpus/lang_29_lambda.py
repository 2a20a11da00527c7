identity = lambda x: x
add = lambda a, b=1: a + b
varargs = lambda *args, **kwargs: (args, kwargs)
kwonly = lambda *, key: key
posonly = lambda a, /, b: a + b
nested = lambda x: lambda y: lambda z: x + y + z
conditional = lambda x: "big" if x > 10 else "small"
in_call = sorted([3, 1, 2], key=lambda v: -v)
immediately = (lambda: 42)()
default_lambda = lambda f=lambda: 0: f()
tuple_body = lambda: (1, 2)
in_dict = {"op": lambda a, b: a * b}
