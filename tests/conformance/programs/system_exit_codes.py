def exit_with(code=None):
    raise SystemExit(code) if code is not None else SystemExit


def main():
    try:
        exit_with("fatal: configuration missing")
    except SystemExit as e:
        print("caught SystemExit", repr(e.code))
    try:
        exit_with()
    except SystemExit as e:
        print("code", e.code)
    print("bye")
    exit_with(0)


main()
print("never")
