import sys


def main():
    try:
        sys.exit("fatal: configuration missing")
    except SystemExit as e:
        print("caught SystemExit", repr(e.code))
    try:
        sys.exit()
    except SystemExit as e:
        print("code", e.code)
    print("bye")
    sys.exit(0)


main()
print("never")
