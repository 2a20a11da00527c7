def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
    raise err
f()
