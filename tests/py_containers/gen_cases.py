#!/usr/bin/env python3
"""Generates cases.jsonl: container operations and CPython 3.11's results for them.

Each case is a list of statements in the small Python subset that tst_containers.cpp
evaluates (assignments, del, calls, subscripts, operators; no loops or lambdas). For each
statement the expected result is the repr of its value (expression statements), the
exception it raises as "!Type: message", or null. Run with PYTHONHASHSEED=0 (the script
re-executes itself that way) so that set orders of strings are reproducible.
"""
import json
import os
import random
import subprocess
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable] + sys.argv, env=env))


def neg(x):
    return -x


def first(x):
    return x[0]


def second(x):
    return x[1]


def boom(x):
    raise ValueError("boom")


HELPERS = {"neg": neg, "first": first, "second": second, "boom": boom}


def run(stmts):
    env = dict(HELPERS)
    out = []
    for s in stmts:
        try:
            try:
                code = compile(s, "<case>", "eval")
            except SyntaxError:
                exec(compile(s, "<case>", "exec"), env)
                out.append(None)
                continue
            out.append(repr(eval(code, env)))
        except Exception as e:  # noqa: BLE001 - every exception is an expected result
            out.append("!%s: %s" % (type(e).__name__, e))
    return out


CASES = []


def case(name, *stmts):
    CASES.append({"name": name, "code": list(stmts), "expect": run(stmts)})


def cases(prefix, lines):
    """One case per line; ';'-separated statements."""
    for i, line in enumerate(lines):
        case("%s %d" % (prefix, i), *[s.strip() for s in line.split(";")])


from cases_lists import LIST_CASES, TUPLE_CASES  # noqa: E402
from cases_maps import DICT_CASES, SET_CASES, RANGE_CASES, SLICE_CASES, HASH_CASES  # noqa: E402

cases("list", LIST_CASES)
cases("tuple", TUPLE_CASES)
cases("dict", DICT_CASES)
cases("set", SET_CASES)
cases("range", RANGE_CASES)
cases("slice", SLICE_CASES)
cases("hash", HASH_CASES)

from random_sets import random_set_cases, random_sort_cases  # noqa: E402

for name, stmts in random_set_cases(random.Random(20240611), 160):
    case(name, *stmts)
for name, stmts in random_sort_cases(random.Random(7), 40):
    case(name, *stmts)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
    for c in CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("%d cases, %d statements" % (len(CASES), sum(len(c["code"]) for c in CASES)))
