#!/usr/bin/env python3
"""Writes random_cases.jsonl and modules_cases.jsonl: the random, collections, functools,
itertools and operator modules, as run by CPython 3.11 (each case starts from
random.seed(0), as a fresh run does).

Run with python3.11 from this directory:  python3 gen_modules_cases.py
"""
from case_format import Ref, Var, run, write


def s(callee, *args, **kwargs):
    return (callee, list(args), kwargs)


def one(group, callee, *args, **kwargs):
    return run(group, callee, [s(callee, *args, **kwargs)])


def collected(group, callee, *args, **kwargs):
    return run(group, callee, [s(callee, *args, **kwargs), s('collect', Var(0))])


WORDS = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen']


def random_cases(cases):
    g = 'random'
    for seed in [None, 0, 1, 42, 2**40, -7, 2**63 - 1, 'hello', '', 'héllo', 2.5, -1.5, True]:
        head = [] if seed is None else [s('random.seed', seed)]
        tag = 'seed %r' % (seed,)
        cases.append(run(g, tag + ' random', head + [s('random.random')] * 300))
        cases.append(run(g, tag + ' ints', head + [s('random.randint', 1, 6)] * 60 + [s('random.randrange', 10)] * 40
                         + [s('random.randrange', 0, 100, 7)] * 20 + [s('random.randrange', -5, 5)] * 20
                         + [s('random.randrange', 10, 0, -3)] * 20 + [s('random.getrandbits', k) for k in range(1, 64, 3)]
                         + [s('random.randrange', 2**62)] * 10))
        cases.append(run(g, tag + ' choices', head + [s('random.choice', WORDS)] * 20 + [
            s('random.choices', WORDS, k=20), s('random.choices', WORDS, [1, 2, 3, 4, 5, 6, 7, 8], k=20),
            s('random.choices', WORDS, cum_weights=[1, 1, 5, 5, 9, 10, 10.5, 20], k=20),
            s('random.choices', WORDS, [0.5] * 8), s('random.choices', 'abc', k=5), s('random.choice', 'xyz'),
            s('random.choice', (1, 2, 3))]))
        cases.append(run(g, tag + ' shuffle-sample', head + [
            s('value', list(range(20))), s('random.shuffle', Var(len(head))), s('value', Var(len(head))),
            s('value', WORDS[:]), s('random.shuffle', Var(len(head) + 3)), s('value', Var(len(head) + 3)),
            s('random.sample', WORDS, 5), s('random.sample', 'abcdefgh', 3), s('random.sample', list(range(100)), 10),
            s('random.sample', WORDS, k=4, counts=[1, 2, 3, 1, 1, 1, 1, 5]), s('random.sample', WORDS, 8),
            s('random.sample', WORDS, 0), s('random.sample', tuple(range(1000)), 30)]))
        cases.append(run(g, tag + ' distributions', head + [s('random.gauss')] * 10 + [s('random.gauss', 5, 2)] * 5
                         + [s('random.normalvariate', 1.0, 0.5)] * 10 + [s('random.expovariate', 1.5)] * 10
                         + [s('random.triangular')] * 5 + [s('random.triangular', 1, 10, 2)] * 5
                         + [s('random.triangular', 3, 3)] + [s('random.uniform', 1, 10)] * 5
                         + [s('random.uniform', -1.5, 2)] * 5 + [s('random.betavariate', 2, 3)] * 5
                         + [s('random.gammavariate', a, b) for a, b in [(0.5, 1), (1.0, 2.0), (3.0, 1.0)] * 4]
                         + [s('random.lognormvariate', 0, 1)] * 5 + [s('random.paretovariate', 2.5)] * 5
                         + [s('random.weibullvariate', 1.0, 1.5)] * 5))
    cases.append(run(g, 'Random instances', [s('random.Random', 5), s('$0.random'), s('$0.randint', 1, 100),
                                             s('random.random'), s('$0.seed', 'x'), s('$0.random'), s('random.Random', 'x'),
                                             s('$6.random'), s('builtins.repr', Ref('random.Random'))]))
    cases.append(run(g, 'sample deque', [s('random.seed', 3), s('collections.deque', WORDS), s('random.sample', Var(1), 3),
                                         s('random.shuffle', Var(1)), s('builtins.repr', Var(1)), s('random.choice', Var(1))]))
    for step in [s('random.randrange', 0), s('random.randrange', 5, 5), s('random.randrange', 1, 10, 0),
                 s('random.randrange', 1.5), s('random.randrange', 2.0, 10.0), s('random.randrange', 3, step=2),
                 s('random.randrange', 1, 2.5), s('random.choice', []), s('random.sample', [1, 2], 3),
                 s('random.sample', [1, 2], -1), s('random.sample', {1: 2}, 1), s('random.choices', WORDS, 3),
                 s('random.choices', WORDS, [1, 2]), s('random.choices', WORDS, [0] * 8),
                 s('random.choices', WORDS, [1] * 8, cum_weights=[1] * 8), s('random.getrandbits', -1),
                 s('random.expovariate', 0), s('random.gammavariate', -1, 1), s('random.seed', [1]),
                 s('random.randint', 1.5, 3), s('random.randint', 3, 1), s('random.sample', WORDS, 2, counts=[1]),
                 s('random.sample', WORDS, 2, counts=[0] * 8), s('random.sample', WORDS, 2, counts=[1.5] * 8)]:
        cases.append(run(g, 'error ' + step[0], [step]))


def deque_cases(cases):
    g = 'deque'
    d = 'collections.deque'
    cases.append(run(g, 'basics', [s(d, [1, 2, 3]), s('$0.append', 4), s('$0.appendleft', 0), s('builtins.repr', Var(0)),
                                   s('$0.pop'), s('$0.popleft'), s('builtins.len', Var(0)), s('$0.extend', 'ab'),
                                   s('$0.extendleft', [8, 9]), s('builtins.repr', Var(0)), s('collect', Var(0)),
                                   s('operator.getitem', Var(0), 0), s('operator.getitem', Var(0), -1),
                                   s('operator.getitem', Var(0), 10), s('operator.getitem', Var(0), 'a'),
                                   s('operator.contains', Var(0), 'a'), s('$0.count', 2), s('$0.index', 2),
                                   s('$0.index', 99), s('$0.index', 2, 0, 2), s('$0.remove', 'a'), s('$0.remove', 'zz'),
                                   s('$0.insert', 1, 'x'), s('$0.reverse'), s('builtins.repr', Var(0)),
                                   s('collect', Var(0)), s('builtins.reversed', Var(0)), s('collect', Var(26)),
                                   s('$0.clear'), s('builtins.repr', Var(0)), s('$0.pop'), s('$0.popleft')]))
    cases.append(run(g, 'maxlen', [s(d, [1, 2, 3], 3), s('$0.append', 4), s('builtins.repr', Var(0)), s('$0.appendleft', 0),
                                   s('builtins.repr', Var(0)), s('$0.insert', 0, 5), s('$0.extend', [7, 8, 9, 10]),
                                   s('builtins.repr', Var(0)), s('builtins.getattr', Var(0), 'maxlen'), s(d, [], 0),
                                   s('$9.append', 1), s('builtins.repr', Var(9)), s(d, maxlen=-1), s(d, 'abc', None),
                                   s('builtins.repr', Var(13)), s(d, [1], 2, 3), s(d, 1), s(d, [], maxlen=2.5),
                                   s('builtins.repr', Ref('collections.deque'))]))
    cases.append(run(g, 'rotate', [s(d, [0, 1, 2, 3, 4, 5]), s('$0.rotate'), s('collect', Var(0)),
                                   s('$0.rotate', -2), s('collect', Var(0)), s('$0.rotate', 13), s('collect', Var(0)),
                                   s('$0.rotate', 1.5), s(d), s('$8.rotate', 3), s('builtins.repr', Var(8))]))
    cases.append(run(g, 'compare', [s(d, [1, 2]), s(d, [1, 3]), s(d, [1, 2]), s('operator.eq', Var(0), Var(2)),
                                    s('operator.lt', Var(0), Var(1)), s('operator.ge', Var(0), Var(1)),
                                    s('operator.eq', Var(0), [1, 2]), s('operator.ne', Var(0), [1]),
                                    s('operator.add', Var(0), Var(1)), s('builtins.repr', Var(8)),
                                    s('operator.add', Var(0), [1]), s('operator.mul', Var(0), 3), s('builtins.repr', Var(11)),
                                    s('operator.iadd', Var(0), [5]), s('builtins.repr', Var(0)), s('operator.truth', Var(0)),
                                    s('builtins.bool', Var(0)), s(d), s('builtins.bool', Var(17)),
                                    s('operator.setitem', Var(0), 1, 'x'), s('operator.delitem', Var(0), 0),
                                    s('builtins.repr', Var(0)), s('$0.copy'), s('builtins.repr', Var(22))]))
    cases.append(run(g, 'mutation', [s(d, [1, 2, 3]), s('builtins.iter', Var(0)), s('builtins.next', Var(1)),
                                     s('$0.append', 4), s('builtins.next', Var(1))]))


def dict_cases(cases):
    g = 'dicts'
    C = 'collections.Counter'
    cases.append(run(g, 'Counter', [s(C, 'abracadabra'), s('builtins.repr', Var(0)), s('$0.most_common'),
                                    s('$0.most_common', 2), s('operator.getitem', Var(0), 'z'), s('$0.update', 'zzz'),
                                    s('$0.update', {'a': 10}), s('builtins.repr', Var(0)), s('$0.subtract', 'aab'),
                                    s('$0.subtract', {'q': 2}), s('builtins.repr', Var(0)), s('$0.elements'),
                                    s('collect', Var(11)), s('$0.total'), s(C), s('builtins.repr', Var(14)),
                                    s(C, a=3, b=1), s('builtins.repr', Var(16)), s(C, {'x': 2, 'y': 5}),
                                    s('builtins.repr', Var(18)), s('operator.delitem', Var(18), 'nope'),
                                    s('operator.delitem', Var(18), 'x'), s('builtins.repr', Var(18)),
                                    s('builtins.len', Var(0)), s('$0.copy'), s('builtins.repr', Var(24)),
                                    s('$0.most_common', -1), s('$0.get', 'a'), s('builtins.isinstance', Var(0), Ref('builtins.dict'))]))
    cases.append(run(g, 'Counter ops', [s(C, 'aabbbc'), s(C, 'abbdd'), s('operator.add', Var(0), Var(1)), s('builtins.repr', Var(2)),
                                        s('operator.sub', Var(0), Var(1)), s('builtins.repr', Var(4)),
                                        s('operator.or_', Var(0), Var(1)), s('builtins.repr', Var(6)),
                                        s('operator.and_', Var(0), Var(1)), s('builtins.repr', Var(8)),
                                        s(C, a=2, b=-1, c=0), s('operator.pos', Var(10)), s('builtins.repr', Var(11)),
                                        s('operator.neg', Var(10)), s('builtins.repr', Var(13)),
                                        s('operator.eq', Var(0), Var(1)), s(C, a=1), s(C, a=1, b=0), s('operator.eq', Var(16), Var(17)),
                                        s('operator.le', Var(16), Var(0)), s('operator.lt', Var(0), Var(16)),
                                        s('operator.add', Var(0), 1), s('operator.eq', Var(16), {'a': 1})]))
    D = 'collections.defaultdict'
    cases.append(run(g, 'defaultdict', [s(D, Ref('builtins.int')), s('operator.getitem', Var(0), 'a'), s('builtins.repr', Var(0)),
                                        s('operator.setitem', Var(0), 'b', 5), s('builtins.repr', Var(0)),
                                        s('builtins.getattr', Var(0), 'default_factory'), s(D), s('operator.getitem', Var(6), 'x'),
                                        s('builtins.repr', Var(6)), s(D, 5), s(D, Ref('builtins.str'), {'k': 'v'}, z='w'),
                                        s('builtins.repr', Var(10)), s('operator.getitem', Var(10), 'new'), s('builtins.repr', Var(10)),
                                        s('$10.copy'), s('builtins.repr', Var(14)), s('builtins.len', Var(10)),
                                        s('$0.get', 'zz'), s('builtins.repr', Var(0)), s('builtins.setattr', Var(0), 'default_factory', None),
                                        s('operator.getitem', Var(0), 'q'), s('$0.__missing__', 'k'),
                                        s(D, Ref('builtins.int'), [('a', 1), ('b', 2)]), s('builtins.repr', Var(22)),
                                        s(D, Ref('builtins.int'), [('a', 1, 2)]), s(D, Ref('builtins.int'), [5]),
                                        s('builtins.isinstance', Var(0), Ref('builtins.dict'))]))
    N = 'collections.namedtuple'
    cases.append(run(g, 'namedtuple', [s(N, 'Point', 'x y', module='__main__'), s('$0', 1, 2), s('builtins.repr', Var(1)),
                                       s('builtins.getattr', Var(1), 'x'), s('builtins.getattr', Var(1), 'y'),
                                       s('operator.getitem', Var(1), 1), s('builtins.len', Var(1)), s('$1._asdict'),
                                       s('$1._replace', y=5), s('builtins.repr', Var(8)), s('$1._replace', z=5),
                                       s('$0._make', [3, 4]), s('builtins.repr', Var(11)), s('$0._make', [3]),
                                       s('builtins.getattr', Var(0), '_fields'), s('$0', 1), s('$0', 1, 2, 3),
                                       s('$0', 1, x=2), s('$0', 1, z=2), s('$0', y=1, x=2), s('builtins.repr', Var(19)),
                                       s('builtins.repr', Var(0)), s('builtins.isinstance', Var(1), Ref('builtins.tuple')),
                                       s('operator.eq', Var(1), (1, 2)), s('builtins.hash', Var(1)), s('builtins.hash', (1, 2)),
                                       s('collect', Var(1)), s('$0'), s('builtins.getattr', Var(0), '__name__')]))
    cases.append(run(g, 'namedtuple options', [s(N, 'P', ['a', 'b', 'c'], defaults=[5, 6], module='__main__'), s('$0', 1), s('builtins.repr', Var(1)),
                                               s('builtins.getattr', Var(0), '_field_defaults'), s('$0'),
                                               s(N, 'Q', 'x, def, _1, x', rename=True, module='__main__'), s('builtins.getattr', Var(5), '_fields'),
                                               s(N, 'R', 'a b', defaults=[1, 2, 3]), s(N, '1R', 'a'), s(N, 'R', 'a _b'),
                                               s(N, 'R', 'a a'), s(N, 'R', 'a class'), s(N, 'R', [1]), s(N, 'R', 'a', module='m'),
                                               s('builtins.repr', Var(13))]))


def functools_cases(cases):
    g = 'functools'
    P = 'functools.partial'
    cases.append(run(g, 'partial', [s(P, Ref('builtins.pow'), 2), s('$0', 10), s('$0', 10, 7), s('builtins.repr', Var(0)),
                                    s(P, Ref('builtins.max'), 3, key=Ref('operator.neg')), s('$4', 1, 5), s('builtins.repr', Var(4)),
                                    s(P, Var(4), 0, default=9), s('builtins.repr', Var(7)), s('builtins.getattr', Var(7), 'args'),
                                    s('builtins.getattr', Var(7), 'keywords'), s('$7', -5), s('$7', key=None),
                                    s(P), s(P, 5), s('builtins.getattr', Var(0), 'func')]))
    cases.append(run(g, 'reduce', [s('functools.reduce', Ref('operator.add'), [1, 2, 3, 4]),
                                   s('functools.reduce', Ref('operator.mul'), [2, 3], 10),
                                   s('functools.reduce', Ref('operator.add'), []), s('functools.reduce', Ref('operator.add'), [], 'x'),
                                   s('functools.reduce', Ref('operator.sub'), 'a'), s('functools.reduce')]))
    cases.append(run(g, 'lru_cache', [s('functools.lru_cache', maxsize=2), s('$0', Ref('operator.neg')), s('$1', 1), s('$1', 2),
                                      s('$1', 1), s('$1', 3), s('$1', 2), s('$1.cache_info'), s('builtins.repr', Var(7)),
                                      s('$1', 1.0), s('$1', True), s('$1.cache_info'), s('builtins.repr', Var(11)),
                                      s('$1.cache_clear'), s('$1.cache_info'), s('builtins.repr', Var(14)),
                                      s('functools.lru_cache', 'x'), s('functools.cache', Ref('builtins.abs')), s('$17', -3),
                                      s('$17', -3), s('$17', x=1), s('$17.cache_info'),
                                      s('builtins.repr', Var(21)), s('functools.lru_cache', Ref('builtins.abs')), s('$23', [1]),
                                      s('$23.cache_info'), s('builtins.repr', Var(25)), s('functools.lru_cache', maxsize=0),
                                      s('$27', Ref('builtins.abs')), s('$28', -1), s('$28', -1), s('$28.cache_info'),
                                      s('builtins.repr', Var(31)), s('functools.lru_cache', typed=True),
                                      s('$33', Ref('builtins.abs')), s('$34', 1), s('$34', 1.0), s('$34', 1), s('$34.cache_info'),
                                      s('builtins.repr', Var(38)), s('builtins.getattr', Var(34), '__wrapped__')]))
    cases.append(run(g, 'cmp_to_key', [s('functools.cmp_to_key', Ref('operator.sub')), s('$0', 3), s('$0', 5),
                                       s('operator.lt', Var(1), Var(2)), s('operator.gt', Var(1), Var(2)),
                                       s('operator.eq', Var(1), Var(1)), s('operator.lt', Var(1), 5), s('operator.le', Var(2), Var(1)),
                                       s('builtins.sorted', [3, 1, 2], key=Var(0)), s('builtins.max', [3, 1, 2], key=Var(0))]))
    cases.append(run(g, 'wraps', [s(P, Ref('operator.add'), 1), s('functools.update_wrapper', Var(0), Ref('builtins.int')),
                                  s('builtins.getattr', Var(0), '__name__'), s('builtins.getattr', Var(0), '__wrapped__'),
                                  s('builtins.getattr', Var(0), '__module__'), s(P, Ref('operator.add'), 2),
                                  s('functools.wraps', Ref('builtins.float')), s('$6', Var(5)),
                                  s('builtins.getattr', Var(5), '__qualname__'),
                                  s('functools.update_wrapper', Var(5), Ref('builtins.str'), assigned=['__name__'], updated=[]),
                                  s('builtins.getattr', Var(5), '__name__'), s('builtins.getattr', Var(5), '__qualname__')]))


def itertools_cases(cases):
    g = 'itertools'
    I = 'itertools.'
    cases.append(run(g, 'count', [s(I + 'count'), s('builtins.next', Var(0)), s('builtins.next', Var(0)), s('builtins.repr', Var(0)),
                                  s(I + 'count', 2.5, 0.5), s('builtins.next', Var(4)), s('builtins.repr', Var(4)),
                                  s(I + 'count', 10, -3), s(I + 'islice', Var(7), 4), s('collect', Var(8)), s('builtins.repr', Var(7)),
                                  s(I + 'count', step=1.0), s('builtins.repr', Var(11))]))
    cases.append(run(g, 'cycle-repeat', [s(I + 'cycle', 'abc'), s(I + 'islice', Var(0), 7), s('collect', Var(1)),
                                         s(I + 'cycle', []), s('collect', Var(3)), s(I + 'repeat', 'x', 3), s('builtins.repr', Var(5)),
                                         s('collect', Var(5)), s('builtins.repr', Var(5)), s(I + 'repeat', 1), s('builtins.repr', Var(9)),
                                         s(I + 'repeat', 1, -2), s('collect', Var(11)), s(I + 'repeat')]))
    for args in [([1, 2], 'ab', []), ()]:
        cases.append(collected(g, I + 'chain', *args))
    cases.append(run(g, 'chain.from_iterable', [s('builtins.getattr', Ref('itertools.chain'), 'from_iterable'),
                                                s('$0', [[1], 'xy', (3,)]), s('collect', Var(1))]))
    for args in [(4,), (2, 6), (1, 9, 3), (None,), (2, None), (0, 5, 2), (-1,), (1, 2, 0), (1.5,), (0, 8, None)]:
        cases.append(collected(g, I + 'islice', list(range(10)), *args))
    cases.append(run(g, 'islice-consumption', [s('builtins.iter', list(range(10))), s(I + 'islice', Var(0), 0, 5, 3),
                                               s('collect', Var(1)), s('builtins.next', Var(0))]))
    for args, kw in [(([1, 2, 3, 4],), {}), (([1, 2, 3], Ref('operator.mul')), {}), (([1, 2],), {'initial': 10}),
                     (([],), {'initial': 5}), (([3, 1, 4, 1, 5], Ref('builtins.max')), {}), (('abc',), {})]:
        cases.append(collected(g, I + 'accumulate', *args, **kw))
    cases.append(collected(g, I + 'takewhile', Ref('operator.truth'), [1, 2, 0, 3]))
    cases.append(collected(g, I + 'dropwhile', Ref('operator.truth'), [1, 2, 0, 3, 0]))
    cases.append(collected(g, I + 'filterfalse', None, [1, 0, 2, '', None]))
    cases.append(collected(g, I + 'filterfalse', Ref('operator.not_'), [1, 0, 2]))
    cases.append(collected(g, I + 'starmap', Ref('builtins.pow'), [(2, 3), (3, 2), (10, 0)]))
    cases.append(collected(g, I + 'compress', 'ABCDEF', [1, 0, 1, 0, 1, 1]))
    cases.append(collected(g, I + 'zip_longest', 'ABCD', 'xy'))
    cases.append(collected(g, I + 'zip_longest', 'AB', [1, 2, 3], fillvalue='-'))
    cases.append(collected(g, I + 'zip_longest'))
    cases.append(collected(g, I + 'pairwise', 'ABCD'))
    cases.append(collected(g, I + 'pairwise', 'A'))
    for args, kw in [(('AB', 'xy'), {}), (([1, 2],), {'repeat': 2}), (('ab', []), {}), ((), {}), (('ab',), {'repeat': 0}),
                     (('abc', 'de', 'f'), {})]:
        cases.append(collected(g, I + 'product', *args, **kw))
    for args in [('ABC',), ('ABCD', 2), ('AB', 3), ('', 0), ([1, 2, 3], 0), ('ABCD', 4)]:
        cases.append(collected(g, I + 'permutations', *args))
    for args in [('ABCD', 2), ('ABCDE', 3), ('AB', 3), ('ABC', 0), ('', 0), ('ABC', 3)]:
        cases.append(collected(g, I + 'combinations', *args))
        cases.append(collected(g, I + 'combinations_with_replacement', *args))
    cases.append(one(g, I + 'combinations', 'AB'))
    cases.append(one(g, I + 'permutations', 'AB', -1))
    cases.append(one(g, I + 'product', 'AB', repeat=-1))
    cases.append(run(g, 'groupby', [s(I + 'groupby', 'AAABBCAA'), s('builtins.next', Var(0)), s('operator.getitem', Var(1), 0),
                                    s('operator.getitem', Var(1), 1), s('collect', Var(3)), s('builtins.next', Var(0)),
                                    s('operator.getitem', Var(5), 0), s('builtins.next', Var(0)), s('operator.getitem', Var(7), 0),
                                    s('operator.getitem', Var(5), 1), s('collect', Var(9)), s('operator.getitem', Var(7), 1),
                                    s('builtins.next', Var(11)), s('builtins.next', Var(0)), s('operator.getitem', Var(13), 0),
                                    s('operator.getitem', Var(13), 1), s('collect', Var(15)), s('builtins.next', Var(0))]))
    cases.append(run(g, 'groupby-key', [s(I + 'groupby', [-1, -3, 2, 4, -5, 7], Ref('builtins.abs')),
                                        s('builtins.next', Var(0)), s('operator.getitem', Var(1), 0), s('builtins.next', Var(0)),
                                        s('operator.getitem', Var(3), 0), s('operator.getitem', Var(3), 1), s('collect', Var(5))]))
    cases.append(run(g, 'tee', [s(I + 'tee', [1, 2, 3]), s('operator.getitem', Var(0), 0), s('operator.getitem', Var(0), 1),
                                s('builtins.next', Var(1)), s('collect', Var(2)), s('collect', Var(1)), s(I + 'tee', 'ab', 3),
                                s('builtins.len', Var(6)), s(I + 'tee', 'ab', -1)]))


def operator_cases(cases):
    g = 'operator'
    for f, a, b in [('add', 1, 2), ('add', 'a', 'b'), ('add', 1, 'b'), ('sub', 5, 7.5), ('mul', 'ab', 3), ('truediv', 1, 4),
                    ('truediv', 1, 0), ('floordiv', -7, 2), ('mod', -7, 2), ('pow', 2, 10), ('lshift', 1, 10),
                    ('rshift', 1024, 3), ('and_', 12, 10), ('or_', 12, 10), ('xor', 12, 10), ('and_', True, False),
                    ('lt', 1, 2), ('le', 2, 2), ('eq', 1, 1.0), ('ne', 'a', 'a'), ('gt', 'b', 'a'), ('ge', 1, 'a'),
                    ('is_', None, None), ('is_not', 1, None), ('contains', [1, 2], 2), ('contains', 'abc', 'bc'),
                    ('countOf', [1, 2, 1], 1), ('getitem', [1, 2, 3], -1), ('getitem', {'a': 1}, 'b'), ('iadd', 1, 2),
                    ('imul', 'x', 3), ('ior', 1, 2)]:
        cases.append(one(g, 'operator.' + f, a, b))
    for f, a in [('neg', 5), ('neg', -2.5), ('pos', True), ('abs', -3), ('invert', 5), ('inv', True), ('not_', []),
                 ('truth', 'x'), ('index', 7), ('index', 7.5), ('neg', 'a')]:
        cases.append(one(g, 'operator.' + f, a))
    cases.append(run(g, 'itemgetter', [s('operator.itemgetter', 1), s('$0', 'abc'), s('builtins.repr', Var(0)),
                                       s('operator.itemgetter', 0, -1), s('$3', [4, 5, 6]), s('builtins.repr', Var(3)),
                                       s('operator.itemgetter', 'k'), s('$6', {'k': 9}), s('$6', {}), s('operator.itemgetter'),
                                       s('builtins.sorted', [(1, 'b'), (0, 'c'), (2, 'a')], key=Var(0))]))
    cases.append(run(g, 'attrgetter', [s('operator.attrgetter', 'real'), s('$0', 5), s('builtins.repr', Var(0)),
                                       s('operator.attrgetter', 'real', 'imag'), s('$3', 2.5),
                                       s('operator.attrgetter', 'real.imag'), s('$5', 3), s('operator.attrgetter', 5),
                                       s('operator.attrgetter', 'nope'), s('$8', 1), s('builtins.repr', Var(5))]))
    cases.append(run(g, 'methodcaller', [s('operator.methodcaller', 'bit_length'), s('$0', 255), s('builtins.repr', Var(0)),
                                         s('operator.methodcaller', 'count', 'a'), s('$3', 'banana'), s('builtins.repr', Var(3)),
                                         s('operator.methodcaller', 'get', 'k', 0),
                                         s('$6', {}), s('operator.methodcaller', 5), s('operator.methodcaller'),
                                         s('operator.methodcaller', 'split', maxsplit=1), s('$10', 'a b c'), s('builtins.repr', Var(10))]))
    cases.append(run(g, 'setitem-delitem', [s('value', [1, 2, 3]), s('operator.setitem', Var(0), 0, 'x'),
                                            s('operator.delitem', Var(0), -1), s('value', Var(0))]))


def main():
    cases = []
    random_cases(cases)
    write('random_cases.jsonl', cases)
    cases = []
    deque_cases(cases)
    dict_cases(cases)
    functools_cases(cases)
    itertools_cases(cases)
    operator_cases(cases)
    write('modules_cases.jsonl', cases)


if __name__ == '__main__':
    main()
