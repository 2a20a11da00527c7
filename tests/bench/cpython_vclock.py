#!/usr/bin/env python3
"""Runs a scenario on CPython 3.11 on the reference harness's virtual clock, and nothing else.

    PYTHONHASHSEED=0 python3 tests/bench/cpython_vclock.py SCENARIO.py

tests/reference/cpython_ref.py replaces asyncio's C Task and Future with the pure-Python
ones (to record steps and give tasks stable hashes), which makes CPython several times
slower than it is. The benchmark compares against CPython at its own speed, so this runner
installs only the virtual clock (vclock: timers in creation order, the loop never sleeps)
and keeps the C classes. The scenario runs as __main__, as `python3 SCENARIO.py` would.
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'reference'))
import vclock  # noqa: E402  (found through the path above)
del sys.path[0]


def main(argv):
    if len(argv) != 1:
        sys.stderr.write('usage: cpython_vclock.py SCENARIO.py\n')
        return 2
    path = argv[0]
    if not os.path.isfile(path):
        sys.stderr.write(f'cpython_vclock: no such file: {path}\n')
        return 2
    vclock.install()
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.realpath(path))
    runpy.run_path(path, run_name='__main__')
    sys.stdout.flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
