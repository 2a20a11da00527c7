#!/usr/bin/env python3
"""Records CPython 3.11's behaviour for every program into the expectation directories.

For each program of each corpus (scenarios/NAME.py, tests/conformance/programs/NAME.py; see
corpora.py) the reference harness (tests/reference/cpython_ref.py, in --expect mode) writes
NAME.stdout, NAME.stderr-last, NAME.exit and NAME.steps into the corpus's expectation
directory. The conformance test (test_conformance.py) compares `awaitscope run` with them.
Run it, under CPython 3.11, after adding or changing a program:

    python3 tests/conformance/regenerate.py [NAME ...]     # default: every program

Expectations of programs that no longer exist are removed when all are regenerated.
"""
import subprocess
import sys

from corpora import CORPORA, ROOT, all_programs

HARNESS = ROOT / "tests" / "reference" / "cpython_ref.py"
SUFFIXES = (".stdout", ".stderr-last", ".exit", ".steps")


def remove_stale(corpus):
    corpus.expected.mkdir(parents=True, exist_ok=True)
    names = set(corpus.names())
    for old in corpus.expected.iterdir():
        if old.name.endswith(SUFFIXES) and old.name.split(".")[0] not in names:
            old.unlink()


def main(names):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"regenerate.py needs CPython 3.11 (this is {sys.version.split()[0]})")
    programs = all_programs()
    if names:
        wanted = {n.rsplit("/", 1)[-1].removesuffix(".py") for n in names}
        unknown = wanted - {name for name, _ in programs}
        if unknown:
            sys.exit(f"no such program: {', '.join(sorted(unknown))}")
        programs = [(name, corpus) for name, corpus in programs if name in wanted]
    else:
        for corpus in CORPORA:
            remove_stale(corpus)
    status = 0
    for corpus in CORPORA:
        paths = [str(corpus.path(name)) for name, c in programs if c is corpus]
        if paths:
            # Programs are given relative to the repository root, as the test runs them.
            cmd = [sys.executable, str(HARNESS), "--expect", str(corpus.expected)] + paths
            status |= subprocess.run(cmd, cwd=ROOT).returncode
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
