"""Conformance test: `awaitscope run` must behave like CPython 3.11 on every program.

The programs are the scenarios in scenarios/ and the regression corpus in programs/ (see
corpora.py). For each program it runs `awaitscope run PATH` (PATH relative to the
repository root, e.g. scenarios/NAME.py) and compares with the corpus's expectations
(expected/NAME.* for scenarios, expected/programs/NAME.* for programs/, written by
regenerate.py from the CPython reference harness):
  - stdout, byte for byte after address normalisation (' at 0x<hex>>' -> ' at 0x0>');
  - the last non-empty line of stderr (same normalisation);
  - the exit code;
and runs the program a second time to check that stdout is identical (determinism).

Programs listed in known_differences.txt ('NAME reason' per line, '#' comments) are
expected to differ: they are reported as expected failures, and one that starts
matching is reported as an unexpected success, which fails the run (remove it from
the list). Every other program must match.

The awaitscope binary is taken from the AWAITSCOPE environment variable (ctest sets it)
or from --awaitscope PATH when this file is run as a script:

    AWAITSCOPE=/path/to/awaitscope python3 -m unittest -v tests/conformance/test_conformance.py
    python3 tests/conformance/test_conformance.py --awaitscope /path/to/awaitscope [-k NAME]
"""
import difflib
import os
import pathlib
import re
import subprocess
import sys
import unittest

from corpora import CORPORA, HERE, ROOT, all_programs

KNOWN_DIFFERENCES = HERE / "known_differences.txt"
RUN_TIMEOUT = 60   # real seconds; programs are meant to finish instantly

_ADDRESS = re.compile(rb" at 0x[0-9a-fA-F]+>")


def normalise(data: bytes) -> bytes:
    return _ADDRESS.sub(b" at 0x0>", data)


# AddressSanitizer announces once per process that it cannot fully follow swapcontext
# (executor jobs run on fibers); that notice belongs to the sanitizer build, not the program.
SANITIZER_NOTICE = re.compile(r"^==\d+==WARNING: ASan doesn't fully support makecontext/swapcontext")


def last_stderr_line(stderr: bytes) -> bytes:
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines()
             if l.strip() and not SANITIZER_NOTICE.match(l)]
    return normalise(lines[-1].encode("utf-8")) + b"\n" if lines else b""


def read_known_differences():
    known = {}
    if KNOWN_DIFFERENCES.exists():
        for number, line in enumerate(KNOWN_DIFFERENCES.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition(" ")
            known[pathlib.Path(name).stem] = (reason.strip(), number)
    return known


def run_awaitscope(binary, path):
    """Returns (stdout, stderr, exit code) or raises subprocess.TimeoutExpired."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([binary, "run", str(path)], cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=RUN_TIMEOUT)
    return proc.stdout, proc.stderr, proc.returncode


def unified(expected: bytes, actual: bytes, what: str, name: str) -> str:
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    diff = difflib.unified_diff(exp, act, f"{name} {what} (CPython)", f"{name} {what} (awaitscope)")
    text = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n" for l in diff)
    return text or f"{what}: same lines, different bytes (line endings?)\n"


def differences(name, corpus):
    """Every way in which awaitscope differs from CPython on this program (empty: none)."""
    binary = os.environ["AWAITSCOPE"]
    problems = []
    files = {}
    for suffix in (".stdout", ".stderr-last", ".exit"):
        path = corpus.expected / (name + suffix)
        if not path.exists():
            return [f"{path.relative_to(ROOT)} is missing: run python3 tests/conformance/regenerate.py {name}"]
        files[suffix] = path.read_bytes()
    try:
        out, err, code = run_awaitscope(binary, corpus.path(name))
    except subprocess.TimeoutExpired:
        return [f"awaitscope run did not finish within {RUN_TIMEOUT}s"]
    if normalise(out) != files[".stdout"]:
        problems.append("stdout differs:\n" + unified(files[".stdout"], normalise(out), "stdout", name))
    if last_stderr_line(err) != files[".stderr-last"]:
        problems.append("last stderr line differs:\n"
                        + unified(files[".stderr-last"], last_stderr_line(err), "stderr-last", name))
    expected_code = int(files[".exit"].decode().strip())
    if code != expected_code:
        problems.append(f"exit code differs: CPython {expected_code}, awaitscope {code}")
    try:
        out2, _, _ = run_awaitscope(binary, corpus.path(name))
    except subprocess.TimeoutExpired:
        problems.append(f"second run did not finish within {RUN_TIMEOUT}s")
    else:
        if out2 != out:
            problems.append("not deterministic: stdout of two runs differs:\n"
                            + unified(out, out2, "stdout run 2", name))
    return problems


KNOWN = read_known_differences()
_summary = {"match": [], "known": [], "fixed": [], "failed": []}


class Conformance(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        binary = os.environ.get("AWAITSCOPE")
        if not binary:
            raise RuntimeError("set AWAITSCOPE to the awaitscope binary (ctest does)")
        if not os.access(binary, os.X_OK):
            raise RuntimeError(f"AWAITSCOPE={binary} is not an executable file")

    def test_known_differences_list(self):
        """known_differences.txt names only existing programs, each once, with a reason."""
        names = {name for name, _ in all_programs()}
        for name, (reason, line) in KNOWN.items():
            self.assertIn(name, names, f"known_differences.txt:{line}: no program {name}")
            self.assertTrue(reason, f"known_differences.txt:{line}: {name} has no reason")

    def test_program_names_unique(self):
        """known_differences.txt and the test names identify a program by name alone."""
        names = [name for name, _ in all_programs()]
        self.assertEqual(sorted(n for n in set(names) if names.count(n) > 1), [])

    def test_every_program_has_expectations(self):
        missing = [str(c.path(n)) for n, c in all_programs() if not (c.expected / (n + ".exit")).exists()]
        self.assertEqual(missing, [], "run python3 tests/conformance/regenerate.py")


def _make_test(name, corpus):
    if name in KNOWN:
        reason = KNOWN[name][0]

        @unittest.expectedFailure
        def test(self):
            problems = differences(name, corpus)
            if problems:
                _summary["known"].append(name)
                self.fail(f"known difference ({reason}):\n" + "\n".join(problems))
            _summary["fixed"].append(name)
            sys.stderr.write(f"\n{name} now matches CPython: remove it from "
                             f"tests/conformance/known_differences.txt\n")
        test.__doc__ = f"{name} [known difference: {reason}]"
    else:
        def test(self):
            problems = differences(name, corpus)
            if problems:
                _summary["failed"].append(name)
                self.fail(f"{name}: awaitscope differs from CPython 3.11\n" + "\n".join(problems))
            _summary["match"].append(name)
    return test


for _name, _corpus in all_programs():
    setattr(Conformance, f"test_{_name}", _make_test(_name, _corpus))


def tearDownModule():
    s = _summary
    total = sum(len(v) for v in s.values())
    if not total:
        return
    lines = [f"\nconformance: {total} programs run, {len(s['match'])} match CPython, "
             f"{len(s['known'])} known differences, {len(s['failed'])} unexpected failures, "
             f"{len(s['fixed'])} listed but now matching"]
    for key, label in (("failed", "unexpected failure"), ("fixed", "now matches, unlist it")):
        lines += [f"  {label}: {n}" for n in s[key]]
    sys.stderr.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--awaitscope" in args:
        i = args.index("--awaitscope")
        os.environ["AWAITSCOPE"] = os.path.abspath(args[i + 1])
        del args[i:i + 2]
    unittest.main(argv=[sys.argv[0]] + args)
