"""The program collections checked against CPython 3.11, shared by test_conformance.py and
regenerate.py.

scenarios/ holds the demo scenarios shipped with the application; programs/ holds a
regression corpus of tutorial-style programs written to probe corners the scenarios do not
reach. Each corpus keeps its CPython expectations in its own directory. Program names are
unique across corpora, so known_differences.txt can name a program without saying where
it lives.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent


class Corpus:
    def __init__(self, label, source, expected):
        self.label = label
        self.source = source
        self.expected = expected

    def names(self):
        return sorted(p.stem for p in self.source.glob("*.py"))

    def path(self, name):
        """The program's path relative to the repository root, as both sides run it."""
        return (self.source / f"{name}.py").relative_to(ROOT)


CORPORA = (
    Corpus("scenarios", ROOT / "scenarios", HERE / "expected"),
    Corpus("programs", HERE / "programs", HERE / "expected" / "programs"),
)


def all_programs():
    """(name, corpus) for every program of every corpus."""
    return [(name, corpus) for corpus in CORPORA for name in corpus.names()]
