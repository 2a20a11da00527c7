#!/usr/bin/env python3
"""Writes builtins_cases.jsonl and math_cases.jsonl: the context-free built-in functions,
number types and iterator built-ins, and the math module, as run by CPython 3.11.

Run with python3.11 from this directory:  python3 gen_builtins_cases.py
"""
import random

from case_format import Ref, Var, run, write


def s(callee, *args, **kwargs):
    return (callee, list(args), kwargs)


def one(group, callee, *args, **kwargs):
    return run(group, callee, [s(callee, *args, **kwargs)])


def collected(group, callee, *args, **kwargs):
    return run(group, callee, [s(callee, *args, **kwargs), s('collect', Var(0))])


def numbers(cases):
    g = 'numbers'
    for text in ['0', '-12', ' 42 ', '+7', '1_000', '0x1f', '0b101', '0o17', '010', '00', '0_0', '1__0', '_1', '1_',
                 'abc', '', ' ', '١٢٣', '  12\u2003', '9223372036854775807', '-9223372036854775808',
                 '9223372036854775808', '99999999999999999999x', '- 1', '12.5']:
        cases.append(one(g, 'builtins.int', text))
    for text, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0x', 16), ('z', 36), ('0b1', 16), ('777', 8), ('8', 8),
                       ('0x1f', 0), ('010', 0), ('0', 0), ('0o7', 0), ('1', 37), ('1', 1), ('0x_1f', 16), ('12', 2)]:
        cases.append(one(g, 'builtins.int', text, base))
    cases.append(one(g, 'builtins.int', '12', base=0))
    cases.append(one(g, 'builtins.int', 5, 10))
    cases.append(one(g, 'builtins.int', base=10))
    cases.append(one(g, 'builtins.int', x=1))
    for v in [3.9, -3.9, 0.0, -0.0, 1e18, 1e19, float('inf'), float('-inf'), float('nan'), True, False, 7]:
        cases.append(one(g, 'builtins.int', v))
    cases.append(one(g, 'builtins.int', [1]))
    cases.append(one(g, 'builtins.int'))
    for v in ['1.5', ' -2e3 ', 'inf', '-Infinity', 'nan', '1_0.5', 'abc', '', 3, True, 2.5, [1]]:
        cases.append(one(g, 'builtins.float', v))
    cases.append(one(g, 'builtins.float'))
    cases.append(one(g, 'builtins.float', 1, 2))
    for v in [0, 1, 0.0, '', 'a', None, [], [0]]:
        cases.append(one(g, 'builtins.bool', v))
    cases.append(one(g, 'builtins.bool'))
    cases.append(one(g, 'builtins.bool', 1, 2))
    cases.append(one(g, 'builtins.bool', x=1))
    for v in [0, 1, 5, 255, 256, -1, -256, 2**62, -2**63, True]:
        cases.append(run(g, 'int.bit_length', [s('builtins.getattr', v, 'bit_length'), s('$0')]))
        cases.append(run(g, 'int.bit_count', [s('builtins.getattr', v, 'bit_count'), s('$0')]))
        cases.append(run(g, 'int.as_integer_ratio', [s('builtins.getattr', v, 'as_integer_ratio'), s('$0')]))
    for v in [1.5, -2.0, 0.1, 1e300, 5e-324, float('inf'), float('nan'), 0.0, 1e16]:
        cases.append(run(g, 'float.is_integer', [s('builtins.getattr', v, 'is_integer'), s('$0')]))
        cases.append(run(g, 'float.as_integer_ratio', [s('builtins.getattr', v, 'as_integer_ratio'), s('$0')]))
    for v, attr in [(5, 'real'), (5, 'imag'), (5, 'numerator'), (5, 'denominator'), (True, 'real'),
                    (1.5, 'real'), (1.5, 'imag'), (1.5, 'numerator'), (5, 'conjugate')]:
        cases.append(one(g, 'builtins.getattr', v, attr))


def numeric_functions(cases):
    g = 'numeric'
    for v in [5, -5, 0, -0.0, -2.5, True, False, float('-inf'), -2**63, 'a', None]:
        cases.append(one(g, 'builtins.abs', v))
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 0), (7.5, 2), (-7.5, 2), (7, 0.0), (True, 2), (1e308, 1e-308),
                 ('a', 1), (0.0, -1.0), (-2**63, -1)]:
        cases.append(one(g, 'builtins.divmod', a, b))
    cases.append(one(g, 'builtins.divmod', 1))
    for args in [(2, 10), (2, -1), (-2, 3), (2.0, 0.5), (0, -1), (0.0, -1), (2, 63), (2, 62), (10, 20),
                 (2, 3, 5), (2, -1, 5), (2, 3, 0), (2, 3, -5), (3, -2, 7), (4, -1, 8), (2, 3, 1.0), (2.0, 3, 5),
                 ('a', 2), (7, 123456789, 1000000007)]:
        cases.append(one(g, 'builtins.pow', *args))
    cases.append(one(g, 'builtins.pow', 2, exp=5))
    cases.append(one(g, 'builtins.pow', base=3, exp=4, mod=5))
    floats = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1e300, -1e-300, 123.456, 5e-324, 0.1 + 0.2, 1234.5678,
              float('inf'), float('nan'), 9007199254740993.0, 4.5e15, -0.0]
    for v in floats:
        cases.append(one(g, 'builtins.round', v))
        for n in [0, 1, 2, 3, -1, -2, 10, 400, -400]:
            cases.append(one(g, 'builtins.round', v, n))
    for v in [0, 5, 15, 25, 1234, 1250, 1350, -1250, -5, 2**62, True]:
        cases.append(one(g, 'builtins.round', v))
        for n in [-1, -2, -3, 0, 2, -19, -20]:
            cases.append(one(g, 'builtins.round', v, n))
    cases.append(one(g, 'builtins.round', 5.5, None))
    cases.append(one(g, 'builtins.round', 1.5, 1.0))
    cases.append(one(g, 'builtins.round', 'a'))
    cases.append(one(g, 'builtins.round', number=2.5, ndigits=0))
    for v in [0, 1, -1, 255, -255, 2**63 - 1, -2**63, True, 1.5, 'a']:
        for f in ['bin', 'oct', 'hex']:
            cases.append(one(g, 'builtins.' + f, v))
    for v in [65, 0, 233, 0x20ac, 0x1f600, 0x10ffff, 0x110000, -1, 1.5]:
        cases.append(one(g, 'builtins.chr', v))
    for v in ['A', 'é', '€', '😀', '', 'ab', 5, '\x00']:
        cases.append(one(g, 'builtins.ord', v))
    for v in [0, 1, -1, -2, 2**61 - 1, 2**61, -2**63, 1.5, -1.5, 0.0, 1e300, float('inf'), float('-inf'), True,
              2.0**70, 1e-300]:
        cases.append(one(g, 'builtins.hash', v))
    cases.append(one(g, 'builtins.hash', [1]))


def iteration(cases):
    g = 'iteration'
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    for f in ['all', 'any']:
        for v in [[], [0], [1, 0], [1, 2], [None], 'ab', 5]:
            cases.append(one(g, 'builtins.' + f, v))
    for v in [data, [], [1.5, 2], [0.1] * 10, [1, 2.5, True], ['a', 'b'], [2**62, 2**62], [[1], [2]]]:
        cases.append(one(g, 'builtins.sum', v))
    cases.append(one(g, 'builtins.sum', [1, 2], 10))
    cases.append(one(g, 'builtins.sum', [1, 2], start=0.5))
    cases.append(one(g, 'builtins.sum', ['a'], 'b'))
    cases.append(one(g, 'builtins.sum', [[1]], []))
    cases.append(one(g, 'builtins.sum'))
    cases.append(one(g, 'builtins.sum', iterable=[1]))
    for f in ['max', 'min']:
        cases.append(one(g, 'builtins.' + f, data))
        cases.append(one(g, 'builtins.' + f, 3, 1, 4))
        cases.append(one(g, 'builtins.' + f, [1, 1.0, True]))
        cases.append(one(g, 'builtins.' + f, [1.0, 1, True]))
        cases.append(one(g, 'builtins.' + f, data, key=Ref('operator.neg')))
        cases.append(one(g, 'builtins.' + f, [-3, 2, 3, -2], key=Ref('builtins.abs')))
        cases.append(one(g, 'builtins.' + f, [], default=None))
        cases.append(one(g, 'builtins.' + f, [], default=7))
        cases.append(one(g, 'builtins.' + f, []))
        cases.append(one(g, 'builtins.' + f))
        cases.append(one(g, 'builtins.' + f, 1))
        cases.append(one(g, 'builtins.' + f, 1, 2, default=3))
        cases.append(one(g, 'builtins.' + f, [1], foo=1))
        cases.append(one(g, 'builtins.' + f, [1, 'a']))
        cases.append(one(g, 'builtins.' + f, 'hello'))
        cases.append(one(g, 'builtins.' + f, [2, 1], key=None))
    for v in [[], [1, 2], 'héllo', (1,), {1: 2, 3: 4}, 5, None]:
        cases.append(one(g, 'builtins.len', v))
    cases.append(collected(g, 'builtins.enumerate', 'abc'))
    cases.append(collected(g, 'builtins.enumerate', [5, 6], 10))
    cases.append(collected(g, 'builtins.enumerate', [5, 6], start=-1))
    cases.append(one(g, 'builtins.enumerate'))
    cases.append(one(g, 'builtins.enumerate', 5))
    cases.append(one(g, 'builtins.enumerate', [], 1.5))
    cases.append(collected(g, 'builtins.zip', [1, 2, 3], 'ab'))
    cases.append(collected(g, 'builtins.zip'))
    cases.append(collected(g, 'builtins.zip', [1, 2], [3, 4], [5, 6]))
    cases.append(collected(g, 'builtins.zip', [1, 2], 'ab', strict=True))
    cases.append(collected(g, 'builtins.zip', [1, 2], [1], strict=True))
    cases.append(collected(g, 'builtins.zip', [1], [1, 2], strict=True))
    cases.append(collected(g, 'builtins.zip', [1], [2], [1, 2], strict=True))
    cases.append(collected(g, 'builtins.zip', [1, 2], [1, 2], [1], strict=True))
    cases.append(one(g, 'builtins.zip', [1], x=1))
    cases.append(collected(g, 'builtins.map', Ref('builtins.abs'), [-1, 2, -3]))
    cases.append(collected(g, 'builtins.map', Ref('operator.add'), [1, 2, 3], [10, 20]))
    cases.append(collected(g, 'builtins.map', Ref('builtins.pow'), [2, 3], [3, 2], [5, 5]))
    cases.append(one(g, 'builtins.map', Ref('builtins.abs')))
    cases.append(collected(g, 'builtins.map', Ref('builtins.abs'), ['a']))
    cases.append(collected(g, 'builtins.filter', None, [0, 1, '', 'a', None, 2]))
    cases.append(collected(g, 'builtins.filter', Ref('operator.not_'), [0, 1, '', 'a']))
    cases.append(one(g, 'builtins.filter', Ref('builtins.abs')))
    cases.append(collected(g, 'builtins.reversed', 'abc'))
    cases.append(collected(g, 'builtins.reversed', [1, 2, 3]))
    cases.append(collected(g, 'builtins.reversed', (1, 2)))
    cases.append(one(g, 'builtins.reversed', 5))
    cases.append(one(g, 'builtins.reversed', 5.5))
    cases.append(run(g, 'iter-next', [s('builtins.iter', [1, 2]), s('builtins.next', Var(0)), s('builtins.next', Var(0)),
                                      s('builtins.next', Var(0), 'end'), s('builtins.next', Var(0))]))
    cases.append(one(g, 'builtins.next', [1]))
    cases.append(one(g, 'builtins.iter', 5))
    cases.append(one(g, 'builtins.iter', 5, 1))
    cases.append(run(g, 'iter-sentinel-deque', [s('collections.deque', [1, 2, 0, 4]), s('builtins.getattr', Var(0), 'popleft'),
                                                s('builtins.iter', Var(1), 0), s('collect', Var(2)), s('builtins.repr', Var(0))]))
    cases.append(run(g, 'sorted', [s('builtins.sorted', data)]))
    cases.append(run(g, 'sorted-key', [s('builtins.sorted', data, key=Ref('operator.neg'), reverse=True)]))
    cases.append(run(g, 'sorted-stable', [s('builtins.sorted', [3, -3, 2, -2, 1], key=Ref('builtins.abs'))]))
    cases.append(one(g, 'builtins.sorted'))


def objects(cases):
    g = 'objects'
    for v in [1, 1.5, 'x', None, Ref('builtins.len'), Ref('builtins.int'), Ref('operator.itemgetter')]:
        cases.append(one(g, 'builtins.callable', v))
    cases.append(one(g, 'builtins.callable'))
    for v, t in [(1, Ref('builtins.int')), (True, Ref('builtins.int')), (1, Ref('builtins.bool')), (1.5, Ref('builtins.int')),
                 ('a', Ref('builtins.str')), ([], Ref('builtins.list')), (1, (Ref('builtins.str'), Ref('builtins.int'))),
                 (1, (Ref('builtins.str'), (Ref('builtins.float'), Ref('builtins.int')))), (1, ()), (1, 5),
                 (1, (Ref('builtins.int'), 5)), (1, (Ref('builtins.str'), 5)), (None, Ref('builtins.object')),
                 (Ref('builtins.int'), Ref('builtins.type')), (Ref('builtins.ValueError'), Ref('builtins.type'))]:
        cases.append(one(g, 'builtins.isinstance', v, t))
    for c, t in [(Ref('builtins.bool'), Ref('builtins.int')), (Ref('builtins.int'), Ref('builtins.bool')),
                 (Ref('builtins.KeyError'), Ref('builtins.LookupError')),
                 (Ref('builtins.KeyError'), (Ref('builtins.ValueError'), Ref('builtins.Exception'))),
                 (1, Ref('builtins.int')), (Ref('builtins.int'), 5), (Ref('builtins.int'), Ref('builtins.object'))]:
        cases.append(one(g, 'builtins.issubclass', c, t))
    cases.append(one(g, 'builtins.getattr', 5, 'real'))
    cases.append(one(g, 'builtins.getattr', 5, 'nope'))
    cases.append(one(g, 'builtins.getattr', 5, 'nope', 'dflt'))
    cases.append(one(g, 'builtins.getattr', 5, 7))
    cases.append(one(g, 'builtins.getattr', 5))
    cases.append(one(g, 'builtins.hasattr', 5, 'real'))
    cases.append(one(g, 'builtins.hasattr', 5, 'nope'))
    cases.append(one(g, 'builtins.setattr', 5, 'real', 1))
    cases.append(one(g, 'builtins.delattr', 5, 'x'))
    cases.append(one(g, 'builtins.vars', 5))
    for v in [1, -2.5, 'it\'s', 'é€😀\n', None, True, [1, 'a'], (1,), {'k': 'é'}]:
        cases.append(one(g, 'builtins.repr', v))
        cases.append(one(g, 'builtins.ascii', v))
    cases.append(run(g, 'partial-attrs', [s('functools.partial', Ref('operator.add'), 1), s('builtins.setattr', Var(0), 'tag', 5),
                                          s('builtins.getattr', Var(0), 'tag'), s('builtins.hasattr', Var(0), 'tag'),
                                          s('builtins.delattr', Var(0), 'tag'), s('builtins.hasattr', Var(0), 'tag')]))
    for name in ['NotImplemented', 'Ellipsis']:
        cases.append(run(g, name, [s('builtins.repr', Ref('builtins.' + name))]))
    for name in ['ValueError', 'KeyError', 'TimeoutError', 'ExceptionGroup', 'StopIteration', 'int', 'zip', 'enumerate',
                 'reversed', 'filter', 'map', 'property', 'super', 'object', 'type']:
        cases.append(run(g, 'type ' + name, [s('builtins.repr', Ref('builtins.' + name))]))


def math_cases(cases):
    g = 'math'
    rnd = random.Random(1234)
    values = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.0, 10.0, 1e-300, 1e300, -7.25, 0.1, 1e16, 710.0, -745.5,
              float('inf'), float('-inf'), float('nan'), 3, -2, True, 2**53 + 1, 'x']
    values += [rnd.uniform(-20, 20) for _ in range(10)]
    for f in ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
              'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'floor', 'ceil', 'trunc', 'degrees',
              'radians', 'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'cbrt', 'erf', 'erfc', 'ulp']:
        for v in values:
            cases.append(one(g, 'math.' + f, v))
    pairs = [(2.0, 3.0), (0.0, -1.0), (-1.0, 0.5), (10.0, 400.0), (float('inf'), 2.0), (2.0, float('-inf')),
             (0.5, float('inf')), (float('nan'), 0.0), (1.0, float('nan')), (-8, 3), (3, 0), (7.5, -2.0), (-0.0, 1.0),
             (1e300, 1e-300), (5, 2), (0, 0)]
    for f in ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'hypot', 'log', 'nextafter', 'isclose']:
        for a, b in pairs:
            cases.append(one(g, 'math.' + f, a, b))
    for _ in range(40):
        xs = [rnd.uniform(-1e3, 1e3) * 10 ** rnd.randint(-5, 5) for _ in range(rnd.randint(2, 6))]
        cases.append(one(g, 'math.hypot', *xs))
        cases.append(one(g, 'math.fsum', xs + [-x * 0.999 for x in xs]))
        cases.append(one(g, 'math.dist', xs, [x * 1.5 for x in xs]))
    for xs in [[], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [0.1] * 10, [1e308, 1e308], [float('inf'), 1.0],
               [float('inf'), float('-inf')], [float('nan'), 1.0], [1, 2, 3], [1e-16, 1.0, 1e16], ['a']]:
        cases.append(one(g, 'math.fsum', xs))
    cases.append(one(g, 'math.hypot'))
    cases.append(one(g, 'math.hypot', 3))
    cases.append(one(g, 'math.hypot', 3, 4, float('nan'), float('inf')))
    cases.append(one(g, 'math.dist', [1], [1, 2]))
    cases.append(one(g, 'math.dist', [0, 0], (3, 4)))
    for v in [0, 1, 5, 20, 21, -1, 2.0, True]:
        cases.append(one(g, 'math.factorial', v))
    for v in [0, 1, 15, 16, 17, 2**62, 2**63 - 1, -1, 1.5, (2**31 + 11) ** 2 - 1]:
        cases.append(one(g, 'math.isqrt', v))
    for args in [(), (12,), (12, 18), (-12, 18), (0, 0), (12, 18, 27), (2**62, 2**61), (1.5, 2), (-2**63,)]:
        cases.append(one(g, 'math.gcd', *args))
        cases.append(one(g, 'math.lcm', *args))
    cases.append(one(g, 'math.lcm', 2**40, 3**30))
    for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (60, 30), (62, 31), (68, 34), (100, 50), (-1, 2), (5, -1),
                 (2**62, 1), (2**62, 2), (1.5, 1)]:
        cases.append(one(g, 'math.comb', n, k))
        cases.append(one(g, 'math.perm', n, k))
    cases.append(one(g, 'math.perm', 5))
    cases.append(one(g, 'math.perm', 5, None))
    for v in [[], [1, 2, 3], [1.5, 2], [2] * 62, [2] * 63, ['a', 3]]:
        cases.append(one(g, 'math.prod', v))
    cases.append(one(g, 'math.prod', [2, 3], start=0.5))
    cases.append(one(g, 'math.prod', [2, 3], 4))
    for x, i in [(1.0, 10), (1.5, -1), (1.0, 1024), (1.0, -1080), (0.0, 10 ** 18), (float('inf'), 3), (1.0, 1.5),
                 (3, 2), (1.0, -2**63), (1.0, 2**63 - 1)]:
        cases.append(one(g, 'math.ldexp', x, i))
    for kw in [{}, {'rel_tol': 0.1}, {'abs_tol': 0.5}, {'rel_tol': -1}]:
        cases.append(one(g, 'math.isclose', 1.0, 1.05, **kw))
    cases.append(one(g, 'math.isclose', 1.0, 1.0, 1.0))
    cases.append(one(g, 'math.isclose', float('inf'), float('inf')))
    cases.append(one(g, 'math.log', 8, 2))
    cases.append(one(g, 'math.log', 100, 10.0))
    cases.append(one(g, 'math.log', 1, 1))
    cases.append(one(g, 'math.log', 2, 0.5))
    cases.append(one(g, 'math.log'))
    cases.append(one(g, 'math.log', 1, 2, 3))
    cases.append(one(g, 'math.sqrt'))
    cases.append(one(g, 'math.atan2', 1))
    for c in ['pi', 'e', 'tau', 'inf', 'nan']:
        cases.append(run(g, c, [s('value', Ref('math.' + c))]))


def main():
    cases = []
    numbers(cases)
    numeric_functions(cases)
    iteration(cases)
    objects(cases)
    write('builtins_cases.jsonl', cases)
    cases = []
    math_cases(cases)
    write('math_cases.jsonl', cases)


if __name__ == '__main__':
    main()
