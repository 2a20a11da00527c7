#!/usr/bin/env python3
"""Writes unicode_cases.jsonl: CPython 3.11's answers for the str helpers.

Run with python3.11 from this directory:  python3 gen_unicode_cases.py
Predicates come as the ranges of code points where they hold, case mappings
as every code point that changes, plus repr(), str.upper()/lower() and
bytes.decode('utf-8') results for chosen strings.
"""
import json
import random
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), 'expected values must come from CPython 3.11'

PREDICATES = {
    'alpha': str.isalpha, 'decimal': str.isdecimal, 'digit': str.isdigit, 'numeric': str.isnumeric,
    'alnum': str.isalnum, 'space': str.isspace, 'printable': str.isprintable, 'lower': str.islower,
    'upper': str.isupper, 'title': lambda c: unicodedata.category(c) == 'Lt',
}

REPR_STRINGS = ['', 'abc', "it's", 'say "hi"', 'both \' and "', '\\', 'tab\there', 'line\nbreak\r\n',
                '\x00\x01\x1f\x7f\x80\x9f', '\xa0\xad\xff', '中文', '日本語', '한국어', 'emoji 😀🎉',
                '\u2028\u2029', '\u200b\u200d\ufeff', '\U000e0001', '\U0010ffff', '\ue000', '\u0378',
                'Ελληνικά', 'кириллица', 'a\u0301', '\x1b[31mred\x1b[0m', '\u3000full width\u3000']
CASE_STRINGS = ['straße', 'ﬁnance', 'ǅemal', 'ΟΔΟΣ', 'ΣΑ', 'Σ', 'ΑΣ.', "ΑΣ'Α", 'aΣ b', 'ΑΣ\u0301',
                'ΑΣ\u0301Α', 'İstanbul', 'Hello, World!', '中文 ABC', 'ÀÉÎÕÜ àéîõü', 'ŉ', 'ᾳ', '𐐀𐐨',
                'Ⓐⓑ', 'ＡＢＣａｂｃ', 'ǰ', 'Ꭰꭰ', 'ΣΣ', ' Σ ', 'Σ.Σ']


def ranges(pred):
    out, start = [], None
    for cp in range(sys.maxunicode + 2):
        holds = cp <= sys.maxunicode and pred(chr(cp))
        if holds and start is None:
            start = cp
        elif not holds and start is not None:
            out.append([start, cp - 1])
            start = None
    return out


def changed(mapping):
    rows = []
    for cp in range(sys.maxunicode + 1):
        mapped = mapping(chr(cp))
        if mapped != chr(cp):
            rows.append([cp, [ord(c) for c in mapped]])
    return rows


def decode_case(data):
    try:
        return {'op': 'decode', 'bytes': data.hex(), 'ok': data.decode('utf-8')}
    except UnicodeDecodeError as e:
        return {'op': 'decode', 'bytes': data.hex(), 'err': ['UnicodeDecodeError', str(e)],
                'start': e.start, 'end': e.end}


def decode_inputs(rng):
    fixed = [b'', b'abc', '中文'.encode(), '😀'.encode(), b'\xff', b'\x80', b'\xc0\x80', b'\xc2', b'\xe4\xb8',
             b'\xe4\x41', b'\xe4\xb8\x41', b'\xed\xa0\x80', b'\xed\x9f\xbf', b'\xe0\x9f\x80', b'\xf0\x8f\xbf\xbf',
             b'\xf4\x90\x80\x80', b'\xf4\x8f\xbf\xbf', b'\xf5\x80\x80\x80', b'ab\xf0\x9f\x98', b'\xf0\x9f',
             b'ok\xc3\x28', b'\xc3\xa9\xa9']
    pieces = [b'a', b'\xc3\xa9', '中'.encode(), '😀'.encode(), b'\x80', b'\xbf', b'\xc3', b'\xe4\xb8', b'\xf0\x9f',
              b'\xff', b'\xed\xa0', b'\xe0\x80', b'\xf4\x90']
    randomized = [b''.join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(400)]
    return fixed + randomized


def main():
    rng = random.Random(14)
    rows = [{'op': 'ranges', 'name': name, 'ranges': ranges(pred)} for name, pred in PREDICATES.items()]
    for name, mapping in (('upper', str.upper), ('lower', str.lower), ('title', str.title)):
        rows.append({'op': 'mapping', 'name': name, 'changed': changed(mapping)})
    digits = [[cp, unicodedata.decimal(chr(cp))] for cp in range(sys.maxunicode + 1) if chr(cp).isdecimal()]
    rows.append({'op': 'decimal_values', 'values': digits})
    rows += [{'op': 'repr', 's': s, 'ok': repr(s)} for s in REPR_STRINGS]
    rows += [{'op': 'ascii', 's': s, 'ok': ascii(s)} for s in REPR_STRINGS]
    rows += [{'op': 'upper', 's': s, 'ok': s.upper()} for s in CASE_STRINGS]
    rows += [{'op': 'lower', 's': s, 'ok': s.lower()} for s in CASE_STRINGS]
    rows += [decode_case(data) for data in decode_inputs(rng)]
    with open('unicode_cases.jsonl', 'w', encoding='utf-8') as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f'{len(rows)} cases')


if __name__ == '__main__':
    main()
