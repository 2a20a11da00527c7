#!/usr/bin/env python3
"""Prints the code point tables of engine/py/str_methods_identifier.cpp.

Run with python3.11:  python3 gen_identifier_ranges.py
str.isidentifier() is XID_Start XID_Continue*. The text library knows isalpha() and
isdecimal(), so the tables hold only what differs: the XID_Start code points that are not
alphabetic, the alphabetic ones that are not XID_Start, and the XID_Continue code points
that are neither XID_Start nor decimal.
"""
import sys

assert sys.version_info[:2] == (3, 11), 'tables must come from CPython 3.11'


def ranges(predicate):
    out = []
    for cp in range(sys.maxunicode + 1):
        if predicate(chr(cp)):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def is_start(c):
    return c.isidentifier()


def is_continue(c):
    return ('a' + c).isidentifier()


def table(name, rows):
    items = ['{0x%X, 0x%X}' % (a, b) for a, b in rows]
    lines, line = [], '   '
    for item in items:
        if len(line) + len(item) + 2 > 100:
            lines.append(line)
            line = '   '
        line += ' ' + item + ','
    lines.append(line)
    print('constexpr char32_t %s[][2] = {\n%s\n};' % (name, '\n'.join(lines)))


table('kStartNotAlpha', ranges(lambda c: is_start(c) and not c.isalpha()))
table('kAlphaNotStart', ranges(lambda c: c.isalpha() and not is_start(c)))
table('kContinueOnly', ranges(lambda c: is_continue(c) and not is_start(c) and not c.isdecimal()))
