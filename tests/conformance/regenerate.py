#!/usr/bin/env python3
"""Records CPython 3.11's behaviour for every scenario into expected/.

For each scenarios/NAME.py the reference harness (tests/reference/cpython_ref.py, in
--expect mode) writes expected/NAME.stdout, NAME.stderr-last, NAME.exit and NAME.steps.
The conformance test (test_conformance.py) compares `awaitscope run` with them.
Run it, under CPython 3.11, after adding or changing a scenario:

    python3 tests/conformance/regenerate.py [NAME ...]     # default: every scenario

Expectations of scenarios that no longer exist are removed when all are regenerated.
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
HARNESS = ROOT / "tests" / "reference" / "cpython_ref.py"
SCENARIOS = ROOT / "scenarios"
EXPECTED = HERE / "expected"
SUFFIXES = (".stdout", ".stderr-last", ".exit", ".steps")


def main(names):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"regenerate.py needs CPython 3.11 (this is {sys.version.split()[0]})")
    scenarios = sorted(SCENARIOS.glob("*.py"))
    if names:
        wanted = {pathlib.Path(n).stem for n in names}
        unknown = wanted - {p.stem for p in scenarios}
        if unknown:
            sys.exit(f"no such scenario: {', '.join(sorted(unknown))}")
        scenarios = [p for p in scenarios if p.stem in wanted]
    else:
        EXPECTED.mkdir(exist_ok=True)
        stems = {p.stem for p in scenarios}
        for old in EXPECTED.iterdir():
            if old.name.endswith(SUFFIXES) and old.name.split(".")[0] not in stems:
                old.unlink()
    # Scenarios are given relative to the repository root, as the test runs them.
    cmd = [sys.executable, str(HARNESS), "--expect", str(EXPECTED)]
    cmd += [str(p.relative_to(ROOT)) for p in scenarios]
    return subprocess.run(cmd, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
