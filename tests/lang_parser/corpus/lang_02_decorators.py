import functools
import asyncio


def plain(func):
    return func


def with_args(*dargs, **dkwargs):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper
    return decorate


@plain
def one():
    pass


@plain
@with_args(1, 2, key="value")
@functools.lru_cache(maxsize=None)
def stacked(x):
    return x


@plain
class Decorated:
    @staticmethod
    def static():
        return 1

    @classmethod
    def klass(cls):
        return cls

    @property
    def value(self):
        return 42

    @value.setter
    def value(self, new):
        pass


@with_args()
async def async_decorated():
    await asyncio.sleep(0)


registry = {}
@registry.setdefault("key", plain)
def subscript_free_expression_decorator():
    pass


@(lambda f: f)
def lambda_decorated():
    pass
