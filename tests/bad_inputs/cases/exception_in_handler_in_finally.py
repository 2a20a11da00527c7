def f():
    try:
        raise ValueError("first")
    finally:
        try:
            raise KeyError("second")
        except KeyError:
            raise RuntimeError("third")
f()
