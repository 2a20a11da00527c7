"""What the gen_*_cases.py scripts share: the test objects, the JSON encoding of values
and the recording of one case by evaluating it under CPython 3.11.

Values are JSON with tags where JSON has no type of its own: {"f": float.hex()},
{"i": "digits"} for ints beyond 2**53, {"t": [...]} tuple, {"l": [...]} list,
{"d": [[key, value], ...]} dict, {"slice": [start, stop, step]}, {"obj": "Fmt"} an
instance of one of the classes below, which tst_*.cpp rebuild in C++.
Outcomes are {"ok": value} or {"err": [exception type, str(args[0]) or '']}.
"""
import json
import sys

assert sys.version_info[:2] == (3, 11), 'expected values must come from CPython 3.11'


class Fmt:
    def __format__(self, spec):
        return '<fmt:' + spec + '>'

    def __str__(self):
        return 'FMT'

    def __repr__(self):
        return 'Fmt(中)'


class Plain:
    pass


class Idx:
    def __index__(self):
        return 2

    def __repr__(self):
        return 'Idx()'


class Attrs:
    name = 'widget'
    size = 3


class BadFormat:
    def __format__(self, spec):
        return 1


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __repr__(self):
        return 'Num()'


OBJECTS = {cls.__name__: cls for cls in (Fmt, Plain, Idx, Attrs, BadFormat, Num)}


def enc(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if abs(v) < 2 ** 53 else {'i': str(v)}
    if isinstance(v, float):
        return {'f': v.hex()}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, list):
        return {'l': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'d': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {'slice': [enc(v.start), enc(v.stop), enc(v.step)]}
    if type(v).__name__ in OBJECTS:
        return {'obj': type(v).__name__}
    raise TypeError('cannot encode %r' % (v,))


def outcome(thunk):
    try:
        result = thunk()
    except Exception as e:  # every exception is an expected outcome
        return {'err': [type(e).__name__, str(e.args[0]) if len(e.args) == 1 else '']}
    return {'ok': enc(result)}


class CaseWriter:
    """Collects cases; each names its kind, what to evaluate, and CPython's outcome."""

    def __init__(self):
        self.cases = []

    def add(self, kind, thunk, **fields):
        case = {'kind': kind}
        case.update({k: enc(v) for k, v in fields.items()})
        case.update(outcome(thunk))
        self.cases.append(case)

    def method(self, receiver, name, *args, **kwargs):
        self.add('method', lambda: getattr(receiver, name)(*args, **kwargs), receiver=receiver, name=name,
                 args=list(args), kwargs=kwargs)

    def write(self, path):
        with open(path, 'w', encoding='utf-8') as f:
            for case in self.cases:
                f.write(json.dumps(case, ensure_ascii=False) + '\n')
        print('%s: %d cases' % (path, len(self.cases)))
