#!/usr/bin/env python3
"""Writes number_cases.jsonl: what CPython 3.11 prints for the number helpers.

Run with python3.11 from this directory:  python3 gen_number_cases.py
Each line is {"op": ..., "args": [...], "ok": result} or {..., "err": [type, message]}.
Floats travel as the hex of their IEEE bits and ints as decimal strings, so
nothing is lost in JSON.
"""
import json
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'expected values must come from CPython 3.11'

INT64_MIN, INT64_MAX = -2**63, 2**63 - 1


def f(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


class ComplexResult(Exception):
    pass


def encode(value):
    if isinstance(value, bool):
        raise TypeError('bool result')
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:
            raise OverflowError('IntOverflow')
        return str(value)
    if isinstance(value, float):
        return f(value)
    if isinstance(value, complex):
        raise ComplexResult()
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    return value


def case(out, op, args, compute):
    row = {'op': op, 'args': args}
    try:
        row['ok'] = encode(compute())
    except ComplexResult:
        row['err'] = ['ComplexResult', '']
    except OverflowError as e:
        row['err'] = ['IntOverflow', ''] if str(e) == 'IntOverflow' else ['OverflowError', str(e)]
    except Exception as e:  # every Python exception is an expected outcome here
        row['err'] = [type(e).__name__, str(e)]
    out.append(row)


def interesting_floats(rng):
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1e16, 1e15, 123456789.123,
              1e-5, 1e-4, 0.0001234, 1e300, -1e-300, 5e-324, 1.7976931348623157e308, math.inf, -math.inf,
              math.nan, math.pi, 100.0, 1234567.0, 9.995, 0.05, -0.0001, 1e22, 1e23, 12345.6789, 0.999999,
              9.9999999, 2.0**53 + 2, 1.2345678901234567e+30, -123.456, 0.3, 2/3, 1e-7, 5e-5, 999999.5]
    for _ in range(40):
        values.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30))
    for _ in range(10):
        values.append(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(63)))[0])
    return values


FLOAT_SPECS = ['', 'f', '.2f', '.0f', '.1f', '10.3f', '<10.2f', '^12.3e', '*>15.4g', '+.3e', ' g', 'e', 'E',
               'g', 'G', '%', '.1%', 'n', '.3n', '#.0f', '#g', '#.3g', '#', ',', ',.2f', '_.3f', '020,.2f',
               '015.3e', '=+12.2f', 'z.1f', 'z', 'z.3e', '.0', '.1', '.5', '.17', '.20', '.30f', '.60e', 'F',
               '.3F', '0', '010', '<010', 'x<010.2f', '中^12.2f', '.2', ',.0f', '_', ',g', ',e', '+,', '.40g',
               '0=12', '^', '-', '010.1%', '#.0e', '#.0%', ' 012_', 'd', 'x', 'c', 's', 'abc', '.', ',_',
               '_,', '.3a', '\x01', 'é', 'z^+#012,.3f', '.3000000000f', '99999999999999999999', ',n', ',,']
INT_SPECS = ['', 'd', '5', '<5', '^7', '=+8', '+', ' ', '-', ',', '_', '010,', '0=10', 'x<10', 'b', '#b',
             'o', '#o', 'x', '#x', 'X', '#X', '_b', '_x', '#_x', '#012_x', ',x', 'c', '5c', '^5c', '+c', '#c',
             'n', ',n', '.2', 'z', 'e', '.2f', '%', '.1%', 'g', 'E', 's', 'q', '#010b', '-^10,', '0>10',
             '\x01', '_d', '<010', '^010', '030_', ' 08,', '=^9', '#X>12', ',c', 'F']
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.3', '05', '=10', '+', ' ', '#', 'z',
             ',', '_', 'x', 'd', '中>8', '^9.1', '.0', '3', '<', '>>4', '.1000']
STR_VALUES = ['', 'a', 'abc', 'hello world', '中文', '日本語テキスト', 'emoji😀x', 'é', 'tab\t']
INT_VALUES = [0, 1, -1, 7, 42, -42, 255, 1000, -1234567, 65, 0x4e2d, 0x10ffff, 0x110000, 2**31, 2**53 + 1,
              INT64_MAX, INT64_MIN, 10**18, 123456789]


def format_cases(out, floats):
    for x in floats[:60] + [floats[-1]]:
        for spec in FLOAT_SPECS:
            case(out, 'format_float', [f(x), spec], lambda: format(x, spec))
    for n in INT_VALUES:
        for spec in INT_SPECS:
            case(out, 'format_int', [str(n), spec], lambda: format(n, spec))
    for s in STR_VALUES:
        for spec in STR_SPECS:
            case(out, 'format_str', [s, spec], lambda: format(s, spec))
    for x in floats:
        case(out, 'repr_float', [f(x)], lambda: repr(x))


PERCENT_INT = ['%d', '%5d', '%-5d', '%05d', '%+d', '% d', '%.3d', '%+08.3d', '%x', '%#x', '%#08x', '%X',
               '%#X', '%o', '%#o', '%#08o', '%i', '%u', '%-#8x', '%#-08X', '% 5d', '%+-6d', '%.0d', '%#5.3o',
               '%ld', '%-010d']
PERCENT_FLOAT = ['%f', '%.2f', '%5.2f', '%-8.1f', '%08.2f', '%+.1e', '%e', '%E', '%g', '%G', '%#g', '%#.0f',
                 '%.0f', '%10.4g', '% .3f', '%F', '%.1f', '%+010.3f', '%-+9.2e', '%#.3G', '%.20g', '%10f']
PERCENT_STR = ['%s', '%-10s', '%10s', '%.2s', '%10.3s', '%-5.1s', '%05s', '%+s', '%r', '%8r', '%a']


def random_spec(rng, types):
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(['', '*', '0', '中', 'x']) + rng.choice('<>^='))
    parts.append(rng.choice(['', '', '+', '-', ' ']))
    parts.append(rng.choice(['', '', '', 'z']))
    parts.append(rng.choice(['', '', '#']))
    parts.append(rng.choice(['', '', '0']))
    parts.append(rng.choice(['', '', str(rng.randint(0, 30))]))
    parts.append(rng.choice(['', '', '', ',', '_']))
    parts.append(rng.choice(['', '', '.' + str(rng.randint(0, 25))]))
    parts.append(rng.choice(types))
    return ''.join(parts)


def random_format_cases(out, rng, floats):
    for _ in range(3000):
        x, spec = rng.choice(floats), random_spec(rng, ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'])
        case(out, 'format_float', [f(x), spec], lambda: format(x, spec))
    for _ in range(1500):
        n = rng.choice(INT_VALUES + [rng.randint(-10**6, 10**6)])
        spec = random_spec(rng, ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%'])
        case(out, 'format_int', [str(n), spec], lambda: format(n, spec))
    for _ in range(2000):
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        case(out, 'repr_float', [f(x)], lambda: repr(x))
        y = round(rng.uniform(-1000, 1000), rng.randint(0, 6)) * 10.0 ** rng.randint(-20, 20)
        case(out, 'repr_float', [f(y)], lambda: repr(y))
        prec = rng.randint(0, 20)
        for code in 'efg':
            case(out, 'percent_float', [f(y), f'%.{prec}{code}'], lambda: f'%.{prec}{code}' % y)


def percent_cases(out, floats):
    for n in INT_VALUES:
        for spec in PERCENT_INT:
            case(out, 'percent_int', [spec, str(n)], lambda: spec % n)
        if 0 <= n <= 0x10FFFF:
            for spec in ['%c', '%5c', '%-3c', '%.0c']:
                case(out, 'percent_char', [spec, str(n)], lambda: spec % n)
    for x in floats[:50]:
        for spec in PERCENT_FLOAT:
            case(out, 'percent_float', [f(x), spec], lambda: spec % x)
    for s in STR_VALUES + ["it's", 'say "hi"']:
        for spec in PERCENT_STR:
            conv = {'s': str, 'r': repr, 'a': ascii}[spec[-1]]
            case(out, 'percent_str', [spec, conv(s)], lambda: spec % (s,))


FLOAT_STRINGS = ['1.5', ' 1_000.5 ', '1__0', '_1', '1_', '1_e5', '1e1_0', 'infinity', '-iNF', '+nan', 'nan_',
                 '１２３', '\u30001.5\u3000', '0x10', '1.5\x00', '.5', '5.', '.', '+.5e-3', '1e500', '-1e-500',
                 "ab'c\"", '中', '', '   ', '1e', '1e+', 'e5', '--1', '+-1', '٣.١٤', '\t\n 42 \r\x0b\x0c',
                 '\x1c1', '1.7976931348623159e308', '2.4703282292062328e-324', '0.1', '123456789012345678901',
                 '1_2_3.4_5e+1_0', 'in f', '-nan', 'Infinity', 'infinit', '1.5j', '0e0', '-0', '1 2', '\u20282']


def parse_cases(out, rng):
    for s in FLOAT_STRINGS:
        case(out, 'float_from_string', [s], lambda: float(s))
    for _ in range(300):
        digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 25)))
        point = rng.randint(0, len(digits))
        text = digits[:point] + '.' + digits[point:]
        if rng.random() < 0.6:
            text += 'e' + rng.choice(['', '-', '+']) + str(rng.randint(0, 330))
        case(out, 'float_literal', [text], lambda: float(text))
    case(out, 'float_literal', ['1_000.000_1'], lambda: 1_000.000_1)


def float_pow(a, b):
    # CPython hands these to complex pow, which may also raise: either way
    # the C++ side reports ComplexResult and leaves complex numbers to the
    # interpreter.
    if a < 0 and math.isfinite(b) and b != math.floor(b) and not math.isinf(a):
        raise ComplexResult()
    return a ** b


def arithmetic_cases(out, floats):
    ints = [0, 1, -1, 7, -7, 3, -3, 10, -10, 2**62, INT64_MIN, INT64_MAX, 10**15 + 1, 2**53 + 1, -(2**53 + 3),
            123456789123456789, -987654321987]
    for a in ints:
        for b in ints:
            case(out, 'int_floordiv', [str(a), str(b)], lambda: a // b)
            case(out, 'int_mod', [str(a), str(b)], lambda: a % b)
            case(out, 'int_divmod', [str(a), str(b)], lambda: divmod(a, b))
            case(out, 'int_truediv', [str(a), str(b)], lambda: a / b)
    fl = [0.0, -0.0, 1.0, -1.0, 3.5, -3.5, 0.1, 1e308, -1e-308, math.inf, -math.inf, math.nan, 7.0, -2.0,
          5e-324, 0.5, 2.0, -0.5, 1e-310, 10.0, 3.0]
    for a in fl:
        for b in fl:
            case(out, 'float_floordiv', [f(a), f(b)], lambda: a // b)
            case(out, 'float_mod', [f(a), f(b)], lambda: a % b)
            case(out, 'float_divmod', [f(a), f(b)], lambda: divmod(a, b))
            case(out, 'float_truediv', [f(a), f(b)], lambda: a / b)
            case(out, 'float_pow', [f(a), f(b)], lambda: float_pow(a, b))
    for a in [-3, -2, -1, 0, 1, 2, 3, 10, 7, -10, 2**31]:
        for b in [-3, -1, 0, 1, 2, 5, 62, 63, 64, 100]:
            case(out, 'int_pow', [str(a), str(b)], lambda: a ** b)
    for base in [-3, 0, 2, 10, 3**30, -(2**62), INT64_MAX]:
        for e in [-1, 0, 1, 5, 2**62]:
            for m in [1, -1, 5, -5, 7, 97, 2**61 - 1, -(2**62), 0, INT64_MAX]:
                case(out, 'int_powmod', [str(base), str(e), str(m)], lambda: pow(base, e, m))
    for x in floats + [0.5, -0.5, 1.5, -1.5, 2.5, 4.5, -2.5, 1e19, 9.3e18, -9.2e18, 2.0**63, -2.0**63]:
        for nd in [-400, -309, -308, -300, -5, -2, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20, 300, 323, 324]:
            case(out, 'round_float', [f(x), str(nd)], lambda: round(x, nd))


def main():
    rng = random.Random(20240611)
    floats = interesting_floats(rng)
    out = []
    format_cases(out, floats)
    random_format_cases(out, rng, floats)
    percent_cases(out, floats)
    parse_cases(out, rng)
    arithmetic_cases(out, floats)
    with open('number_cases.jsonl', 'w', encoding='utf-8') as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f'{len(out)} cases')


if __name__ == '__main__':
    main()
