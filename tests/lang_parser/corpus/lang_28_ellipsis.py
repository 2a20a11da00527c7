def stub():
    ...


class Protocol:
    def method(self) -> None: ...


x = ...
y = [..., ...]
z = x is Ellipsis
def default(arg=...):
    return arg
