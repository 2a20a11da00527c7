#!/usr/bin/env python3
"""Writes random_cases.jsonl: CPython 3.11's random.Random outputs.

Run with python3.11 from this directory:  python3 gen_random_cases.py
Each line seeds a fresh generator, calls one method `count` times and lists
the results ("ok") or the exception of the first call ("err").  Floats are
the hex of their IEEE bits, ints decimal strings, big ints 32-bit word lists.
"""
import json
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'expected values must come from CPython 3.11'

SEEDS = [{'int': 0}, {'int': 1}, {'int': 42}, {'int': 2**31}, {'int': 2**40}, {'int': -5},
         {'int': 2**63 - 1}, {'int': -2**63}, {'str': 'hello'}, {'str': '中文'}, {'str': ''},
         {'int': 2**64 + 1}, {'int': 12345678901234567890123456789}]


def words(n):
    out = []
    while True:
        out.append(n & 0xFFFFFFFF)
        n >>= 32
        if n == 0:
            return out


def seed_json(seed):
    if 'str' in seed:
        return {'str': seed['str']}
    n = seed['int']
    if -2**63 <= n < 2**63:
        return {'int': str(n)}
    return {'words': [str(w) for w in words(abs(n))]}


def enc(value):
    if isinstance(value, float):
        return '%016x' % struct.unpack('<Q', struct.pack('<d', value))[0]
    if isinstance(value, list):
        return [enc(v) for v in value]
    return str(value)


# (op, args, count, call) where call(rng) makes one Python call.
OPS = [
    ('random', [], 1000, lambda r: r.random()),
    ('getrandbits', [1], 40, lambda r: r.getrandbits(1)),
    ('getrandbits', [5], 40, lambda r: r.getrandbits(5)),
    ('getrandbits', [31], 40, lambda r: r.getrandbits(31)),
    ('getrandbits', [32], 40, lambda r: r.getrandbits(32)),
    ('getrandbits', [33], 40, lambda r: r.getrandbits(33)),
    ('getrandbits', [64], 40, lambda r: r.getrandbits(64)),
    ('getrandbits_words', [100], 10, lambda r: bit_words(r.getrandbits(100), 100)),
    ('getrandbits', [-1], 1, lambda r: r.getrandbits(-1)),
    ('randrange1', [10], 1000, lambda r: r.randrange(10)),
    ('randrange1', [2**62 + 1], 50, lambda r: r.randrange(2**62 + 1)),
    ('randrange1', [0], 1, lambda r: r.randrange(0)),
    ('randrange', [-5, 17, 3], 100, lambda r: r.randrange(-5, 17, 3)),
    ('randrange', [100, 0, -7], 100, lambda r: r.randrange(100, 0, -7)),
    ('randrange', [-2**62, 2**62, 1], 50, lambda r: r.randrange(-2**62, 2**62)),
    ('randrange', [-2**63, 2**63 - 1, 1], 50, lambda r: r.randrange(-2**63, 2**63 - 1)),
    ('randrange', [5, 5, 1], 1, lambda r: r.randrange(5, 5)),
    ('randrange', [1, 10, 0], 1, lambda r: r.randrange(1, 10, 0)),
    ('randrange', [10, 1, 2], 1, lambda r: r.randrange(10, 1, 2)),
    ('randint', [1, 6], 1000, lambda r: r.randint(1, 6)),
    ('randint', [-1000, 1000], 100, lambda r: r.randint(-1000, 1000)),
    ('randint', [3, 2], 1, lambda r: r.randint(3, 2)),
    ('randint', [-2**63, 2**63 - 1], 20, lambda r: r.randint(-2**63, 2**63 - 1)),
    ('randint', [2**63 - 10, 2**63 - 1], 20, lambda r: r.randint(2**63 - 10, 2**63 - 1)),
    ('choice', [7], 1000, lambda r: r.choice(range(7))),
    ('choice', [0], 1, lambda r: r.choice([])),
    ('shuffle', [10], 5, lambda r: shuffled(r, 10)),
    ('shuffle', [1000], 1, lambda r: shuffled(r, 1000)),
    ('sample', [100, 10], 3, lambda r: r.sample(range(100), 10)),
    ('sample', [30, 25], 3, lambda r: r.sample(range(30), 25)),
    ('sample', [1000000, 50], 2, lambda r: r.sample(range(1000000), 50)),
    ('sample', [5, 5], 3, lambda r: r.sample(range(5), 5)),
    ('sample', [22, 6], 3, lambda r: r.sample(range(22), 6)),
    ('sample', [85, 6], 3, lambda r: r.sample(range(85), 6)),
    ('sample', [86, 6], 3, lambda r: r.sample(range(86), 6)),
    ('sample', [3, 5], 1, lambda r: r.sample(range(3), 5)),
    ('uniform', [-3.0, 7.0], 300, lambda r: r.uniform(-3.0, 7.0)),
    ('triangular', [], 50, lambda r: r.triangular()),
    ('triangular', [1.0, 10.0, 3.0], 50, lambda r: r.triangular(1.0, 10.0, 3.0)),
    ('triangular', [2.0, 2.0, 2.0], 3, lambda r: r.triangular(2.0, 2.0, 2.0)),
    ('gauss', [0.0, 1.0], 1001, lambda r: r.gauss(0.0, 1.0)),
    ('gauss', [10.0, 2.5], 11, lambda r: r.gauss(10.0, 2.5)),
    ('normalvariate', [5.0, 2.0], 300, lambda r: r.normalvariate(5.0, 2.0)),
    ('expovariate', [1.5], 300, lambda r: r.expovariate(1.5)),
    ('expovariate', [0.0], 1, lambda r: r.expovariate(0.0)),
]


def bit_words(n, k):
    # All ceil(k / 32) words, leading zero words included.
    return [str((n >> shift) & 0xFFFFFFFF) for shift in range(0, k, 32)]


def shuffled(rng, n):
    items = list(range(n))
    rng.shuffle(items)
    return items


def run(seed, op, args, count, call):
    rng = random.Random(seed.get('int', seed.get('str')))
    row = {'seed': seed_json(seed), 'op': op, 'args': [enc(a) for a in args], 'count': count}
    try:
        row['ok'] = [enc(call(rng)) for _ in range(count)]
    except Exception as e:  # the expected outcome of the error cases
        row['err'] = [type(e).__name__, str(e)]
    return row


def main():
    rows = [run(seed, *op) for seed in SEEDS for op in OPS]
    # seed() must forget the cached second gauss value.
    rng = random.Random(7)
    first = rng.gauss()
    rng.seed(7)
    rows.append({'seed': {'int': '7'}, 'op': 'gauss_reseed', 'args': [], 'count': 1, 'ok': [enc(first), enc(rng.gauss())]})
    with open('random_cases.jsonl', 'w', encoding='utf-8') as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f'{len(rows)} cases')


if __name__ == '__main__':
    main()
