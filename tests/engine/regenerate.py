#!/usr/bin/env python3
"""Records CPython 3.11's interleaving of every program in programs/ into expected/.

Each engine test runs a C++ transcription of one of these programs and compares its
interleaving with the recorded one, line by line. Run this after changing a program:

    python3 tests/engine/regenerate.py [NAME ...]
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
HARNESS = HERE.parent / "reference" / "cpython_ref.py"


def main(names):
    programs = sorted((HERE / "programs").glob("*.py"))
    if names:
        programs = [p for p in programs if p.stem in names]
    (HERE / "expected").mkdir(exist_ok=True)
    for program in programs:
        steps = HERE / "expected" / (program.stem + ".steps")
        result = subprocess.run([sys.executable, str(HARNESS), str(program), "--steps", str(steps)],
                                capture_output=True, text=True, timeout=60)
        status = "ok" if result.returncode == 0 else f"exit {result.returncode}"
        print(f"{program.stem}: {status}")


if __name__ == "__main__":
    main(sys.argv[1:])
