import sys
for name in ("modules", "path", "executable", "_getframe", "settrace", "setprofile", "meta_path",
             "getrefcount", "exc_info", "stdin"):
    try:
        print(name, "reachable:", getattr(sys, name))
    except AttributeError as e:
        print(e)
print(type(sys.stdout).__name__, sys.argv, sorted(vars(sys)))
sys._getframe(0).f_back.f_globals
