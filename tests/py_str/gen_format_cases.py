#!/usr/bin/env python3
"""Writes format_cases.jsonl: CPython 3.11's results for `str % args`, str.format(),
str.format_map() and format(value, spec).

Run with python3.11 from this directory:  python3 gen_format_cases.py
"""
import sys

from str_cases_common import Attrs, BadFormat, CaseWriter, Fmt, Idx, Num, Plain

W = CaseWriter()
INF = float('inf')
NAN = float('nan')


def percent(fmt, args):
    W.add('percent', lambda: fmt % args, a=fmt, b=args)


def percent_cases():
    for conv in 'sradiuoxXeEfFgGc':
        for value in [0, 1, -1, 42, 255, -255, 3.75, -0.5, 1e20, 1.5e-7, True, 'x', '中', 'text', None, INF, NAN,
                      -INF, 2 ** 40, 65, Idx(), Num(), Fmt(), 1e30, 0x10FFFF, 0x110000]:
            if conv in 'diu' and isinstance(value, float) and abs(value) >= 2 ** 63:
                continue  # int(value) needs more than the 64 bits scenarios' ints have
            percent('%' + conv, value)
            percent('[%5' + conv + ']', (value,))
            percent('[%-7.3' + conv + ']', (value,))
    for flags in ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '# ', '-#']:
        for spec in ['', '8', '8.3', '.0', '.5', '12.2']:
            for conv, value in [('d', 42), ('d', -42), ('x', 255), ('X', -255), ('o', 8), ('e', 1234.5),
                                ('f', -3.14159), ('g', 0.0001234), ('G', 1e-10), ('s', 'ab中'), ('r', 'ab'),
                                ('c', 'z'), ('f', -0.0), ('g', 100000.0), ('g', 1e16)]:
                percent('%' + flags + spec + conv, value)
    for fmt, args in [('%s and %s', ('a', 'b')), ('%s %s', (1,)), ('%s', (1, 2)), ('%s', ()), ('no conv', ()),
                      ('no conv', 5), ('no conv', {}), ('no conv', [1]), ('%s', (1,)),
                      ('%%', ()), ('100%%', ()), ('%5%', ()), ('%5%', (1,)), ('%', ()), ('abc %', (1,)),
                      ('%z', (1,)), ('%(a', {}), ('%(a)s %(b)d', {'a': 'x', 'b': 2}), ('%(a)s', 1),
                      ('%(a)s', {}), ('%(a)s %(a)r', {'a': '中'}), ('%(a)s %s', {'a': 1}), ('%(a)s', {'a': 1, 'b': 2}),
                      ('%(a)', {}), ('%(a)', {'a': 1}), ('%*d', (5, 1)), ('%-*d|', (5, 1)), ('%*d', (-5, 1)),
                      ('%.*f', (2, 3.14159)), ('%*.*f', (9, 2, 3.14159)), ('%*d', ('a', 1)), ('%.*f', (1.5, 1)),
                      ('%*', ()), ('%*', (1,)), ('%.*', ()), ('%(a)*d', {'a': 5}), ('%(a)*', {'a': 'x'}),
                      ('%*.*', (1,)), ('%*s|', (True, 'a')), ('%.*s', (-1, 'abc')), ('%0*d', (5, -3)),
                      ('%(x)s', Attrs()), ('%ld %hd %Lf', (1, 2, 3.0)), ('%s %r %a', ('中', '中', '中')),
                      ('%c%c%c', (20013, '文', 0x1F600)), ('%d', Plain()), ('%x', 1.0),
                      ('%c', 'ab'), ('%c', ''), ('%c', -1), ('%e', 'a'), ('%d', '5'), ('%5.1d', 3),
                      ('%.3s|%-6s|%6s', ('中文字符', '中', '文')), ('%(a)s%%', {'a': 1}), ('%(a(b))s', {'a(b)': 2}),
                      ('%a', Fmt()), ('%s', Fmt()), ('%r', (Fmt(),)), ('%.2147483648f', 1.0),
                      ('%999999999999999999999d', 1), ('%.*f', (2 ** 40, 1.0))]:
        percent(fmt, args)


def method_format(fmt, *args, **kwargs):
    W.add('method', lambda: fmt.format(*args, **kwargs), receiver=fmt, name='format', args=list(args),
          kwargs=kwargs)


def format_method_cases():
    plain = [('{}', 1), ('{}{}', 'a', 'b'), ('{0}{1}{0}', 'x', 'y'), ('{1}', 0), ('{}{1}', 1, 2), ('{1}{}', 1, 2),
             ('{}', ), ('{0}', ), ('{a}', 1), ('}', ), ('{', ), ('x}y', ), ('x{y', ), ('{{}}', ), ('{{{0}}}', 5),
             ('}}{{', ), ('{0!r}', 'a'), ('{0!s}', 1.5), ('{0!a}', '中'), ('{0!x}', 1), ('{0!}', 1), ('{0!rr}', 1),
             ('{0!r', 1), ('{0:', 1), ('{0', 1), ('{0[}', [1]), ('{0.}', 1), ('{0]}', 1), ('{0[0]x}', [1]),
             ('{0[]}', [1]), ('{0..a}', 1), ('{:d}', 'a'), ('{:s}', 1), ('{:%}', 0.5), ('{:,}', 1234567),
             ('{:_x}', 2 ** 40), ('{:x}', -255), ('{:#o}', 8), ('{:+.3e}', 12345.6789), ('{:^10}', '中文'),
             ('{:*<8}', '中'), ('{:>6.2f}', 3.14159), ('{:=+8}', 42), ('{:08.3f}', -1.5), ('{:g}', 1e-7),
             ('{:n}', 1234), ('{:c}', 20013), ('{:b}', 10), ('{:.3}', 'abcdef'), ('{:.0%}', 0.255),
             ('{0:{1}}', 'abc', 's'), ('{0:{1:{2}}}', 1, 2, 3), ('{:{}}', 1), ('{:{}}{}', 1, 2, 3),
             ('{:{}.{}f}', 3.14159, 10, 3), ('{0:{{}}}', 1), ('{0:}}', 1), ('{0[1]}', (1, 2)), ('{0[5]}', (1,)),
             ('{0[-1]}', [1, 2]), ('{0[a]}', {'a': 1}), ('{0[1]}', {'1': 1}), ('{0[1]}', 'abc'),
             ('{0.name}-{0.size}', Attrs()), ('{0.missing}', Attrs()), ('{0.real}', 5), ('{\u0661}', 1, 2),
             ('{99999999999999999999}', 1), ('{0!\u00e9}', 1), ('{0!\x01}', 1), ('{0[a:b]}', {'a:b': 'c'}),
             ('{0}', Fmt()), ('{0:spec}', Fmt()), ('{0!s:>5}', Fmt()), ('{0!r}', Fmt()), ('{0!a}', Fmt()),
             ('{0:x}', Plain()), ('{0}', BadFormat()), ('{:^9}', True), ('{}', None), ('{:>5}', None),
             ('{0:{1}}', Fmt(), '中'), ('中{}文{}', '字', 5), ('{0!r:^9}', '中'), ('{:\u4e2d^7}', 'x'),
             ('{!r:>{w}}', 'a'), ('{0:{a}}', 1)]
    for fmt, *args in plain:
        method_format(fmt, *args)
    method_format('{a}{b}', a=1, b='x')
    method_format('{a}', b=1)
    method_format('{!r:>{w}}', 'a', w=5)
    method_format('{0:{a}}', 1, a='>4')
    method_format('{name:^{width}}|', name='中文', width=8)
    method_format('{0[k]}', {'k': 'v'})
    method_format('{x.name}', x=Attrs())
    for fmt, mapping in [('{a}', {'a': 1}), ('{a}{b}', {'a': 1}), ('{0}', {}), ('{}', {}), ('{a.real}', {'a': 2}),
                         ('{a:>{b}}', {'a': 'x', 'b': 3}), ('{a[0]}', {'a': 'xy'}), ('x', 1), ('{a}', 1)]:
        W.method(fmt, 'format_map', mapping)
    W.method('{a}', 'format_map')
    W.method('{a}', 'format_map', {}, {})


def format_function_cases():
    values = [0, 42, -7, 2 ** 40, True, False, 3.5, -0.0, 1e100, 1.5e-10, INF, NAN, 'text', '中文', '', None,
              Fmt(), Plain(), BadFormat(), Idx()]
    specs = ['', 's', 'd', '>8', '<6', '^9', '*^9', '+', ' ', '#x', '08.3f', ',', '_', '.2', '.2%', 'e', 'G',
             'z.1f', '=10', 'c', 'n', '10.3s', 'x<', '中>6', 'invalid spec']
    for value in values:
        for spec in specs:
            if isinstance(value, Plain) and spec == '':
                continue  # its str() holds a memory address
            W.add('format', lambda value=value, spec=spec: format(value, spec), a=value, b=spec)


def main():
    percent_cases()
    format_method_cases()
    format_function_cases()
    W.write('format_cases.jsonl')


if __name__ == '__main__':
    sys.exit(main())
