import abc


class Empty:
    pass


class WithDoc:
    """A class with a docstring."""

    attribute = 1
    other: int = 2

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"WithDoc({self.value!r})"


class Child(WithDoc, object):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra


class Meta(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        return super().__new__(mcs, name, bases, namespace)


class UsesMeta(Empty, metaclass=Meta, flag=True):
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Outer:
    class Inner:
        class Innermost:
            level = 3


bases = (Empty,)
class FromStar(*bases, **{"metaclass": type}):
    pass
