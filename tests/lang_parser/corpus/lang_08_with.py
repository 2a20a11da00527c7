import contextlib
import threading

lock = threading.Lock()
other = threading.Lock()

with lock:
    pass

with lock as l, other as o:
    print(l, o)

with (lock as a, other as b):
    pass

with (lock, other):
    pass

with (
    open("a.txt") as f,
    open("b.txt") as g,
):
    pass

with (lock):
    pass

with (lock) as locked, contextlib.suppress(Exception):
    pass

with contextlib.ExitStack() as stack:
    with contextlib.suppress(KeyError) as (x, y):
        with open("c") as [p, q]:
            with open("d") as obj.attr, open("e") as items[0]:
                pass
