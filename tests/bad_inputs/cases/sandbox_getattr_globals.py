def f():
    pass
print(getattr(f, "__globals__"))
