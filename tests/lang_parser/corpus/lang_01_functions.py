"""Function definitions: every kind of parameter."""


def no_params():
    return None


def positional(a, b, c=3, d=4):
    return a + b + c + d


def star_args(*args, **kwargs):
    return args, kwargs


def keyword_only(a, *, key, other=None):
    return a, key, other


def positional_only(a, b, /, c, d=1, *, e, f=2, **rest):
    return a, b, c, d, e, f, rest


def only_slash_defaults(a=1, b=2, /):
    return a + b


def annotated(x: int, y: "str" = "y", *items: float, flag: bool = False, **extra: object) -> list[int]:
    return [x]


def outer(n):
    def inner(m):
        def innermost():
            return n + m
        return innermost
    return inner


async def coroutine(delay: float = 0.5, *, name: str) -> None:
    return


square = lambda x: x * x
everything = lambda a, /, b, c=1, *args, d, e=2, **kw: (a, b, c, args, d, e, kw)
no_args = lambda: 0
