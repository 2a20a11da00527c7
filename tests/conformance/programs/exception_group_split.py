class AppError(Exception):
    pass


class DbError(AppError):
    pass


def build():
    return ExceptionGroup("batch failed", [
        DbError("conn lost"),
        ValueError("bad id"),
        ExceptionGroup("nested", [TypeError("wrong type"), DbError("timeout")]),
    ])


eg = build()
print(eg)
print(repr(eg))
match, rest = eg.split(AppError)
print("match:", repr(match))
print("rest:", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(KeyError))
try:
    raise build()
except* DbError as g:
    print("db errors:", [str(e) for e in g.exceptions], type(g).__name__)
except* (TypeError, ValueError) as g:
    print("others:", repr(g))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    try:
        raise build()
    except* ValueError:
        print("handled the ValueError")
except ExceptionGroup as left:
    print("left over:", repr(left))
raise build()
