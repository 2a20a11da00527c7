from typing import Callable, Optional, Union, Generic, TypeVar

T = TypeVar("T")


def typed(a: int, b: Optional[str] = None, *args: int, c: "Forward" = None, **kw: dict[str, int]) -> Union[int, str]:
    return a


def callable_hint(cb: Callable[[int, str], None], *rest: *tuple[int, ...]) -> list[tuple[int, ...]]:
    return []


class Box(Generic[T]):
    content: T
    items: list[T] = []

    def get(self) -> T:
        return self.content


x: int | None = None
matrix: list[list[float]] = [[0.0]]
