"""The call-script format shared by the gen_*_cases.py scripts and the C++ runner.

A case is a list of steps; each step calls something and records what happened:

    {"group": G, "name": N, "steps": [[callee, args, kwargs], ...], "results": [outcome, ...]}

callee: "module.attr" (builtins, math, random, collections, functools, itertools,
operator), "$n.attr" (an attribute of step n's result), "$n" (step n's result itself),
"collect" (list(iterable)) or "value" (its argument unchanged: a fresh list to mutate).
Values: null/true/false, JSON strings for str, {"i": "123"}, {"f": "<hex bits>"|"nan"},
{"list": [...]}, {"tuple": [...]}, {"dict": [[k, v], ...]}, {"var": n}, {"ref": "math.pi"};
kwargs are [[name, value], ...]. Results use the same encoding; any other object is
{"repr": text}, or {"object": type name} when its repr shows an address. An outcome is {"ok": value} or {"err": [type name, [args...]]}.
"""
import builtins
import collections
import functools
import importlib
import itertools
import json
import math
import operator
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'expected values must come from CPython 3.11'

MODULES = {name: importlib.import_module(name) for name in
           ('builtins', 'math', 'random', 'collections', 'functools', 'itertools', 'operator')}


class Var:
    def __init__(self, n):
        self.n = n


class Ref:
    def __init__(self, path):
        self.path = path


def enc(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, Var):
        return {'var': v.n}
    if isinstance(v, Ref):
        return {'ref': v.path}
    if type(v) is int:
        return {'i': str(v)}
    if type(v) is float:
        return {'f': 'nan' if v != v else '%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]}
    if type(v) is str:
        return v
    if type(v) is list:
        return {'list': [enc(x) for x in v]}
    if type(v) is tuple:
        return {'tuple': [enc(x) for x in v]}
    if type(v) is dict:
        return {'dict': [[enc(k), enc(x)] for k, x in v.items()]}
    text = repr(v)
    # An address in a repr is CPython's own: only the type can be compared.
    return {'object': type(v).__name__} if ' at 0x' in text else {'repr': text}


def resolve(callee, results):
    if callee == 'collect':
        return list
    if callee == 'value':
        return lambda x: x
    if callee.startswith('$'):
        head, _, attr = callee[1:].partition('.')
        obj = results[int(head)]
        return getattr(obj, attr) if attr else obj
    module, _, attr = callee.partition('.')
    return getattr(MODULES[module], attr)


def decode(v, results):
    if isinstance(v, Var):
        return results[v.n]
    if isinstance(v, Ref):
        module, _, attr = v.path.partition('.')
        return getattr(MODULES[module], attr)
    if type(v) is list:
        return [decode(x, results) for x in v]
    if type(v) is tuple:
        return tuple(decode(x, results) for x in v)
    if type(v) is dict:
        return {decode(k, results): decode(x, results) for k, x in v.items()}
    return v


def outcome(fn):
    try:
        value = fn()
    except Exception as e:
        return None, {'err': [type(e).__name__, [enc(a) for a in e.args]]}
    return value, {'ok': enc(value)}


def run(group, name, steps):
    """Runs the steps on CPython and returns the case as a JSON-ready dict."""
    random.seed(0)
    results, outcomes = [], []
    for step in steps:
        callee, args, kwargs = (list(step) + [[], {}])[:3]
        value, out = outcome(lambda: resolve(callee, results)(
            *decode(list(args), results), **{k: decode(v, results) for k, v in kwargs.items()}))
        results.append(value)
        outcomes.append(out)
    return {'group': group, 'name': name,
            'steps': [[s[0], [enc(a) for a in (list(s) + [[]])[1]],
                       [[k, enc(v)] for k, v in (list(s) + [[], {}])[2].items()]] for s in steps],
            'results': outcomes}


def write(path, cases):
    with open(path, 'w', encoding='utf-8') as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
