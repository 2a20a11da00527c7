#!/usr/bin/env python3
"""Writes method_cases.jsonl: CPython 3.11's results for str methods and str operators.

Run with python3.11 from this directory:  python3 gen_method_cases.py
"""
import json
import sys

from str_cases_common import CaseWriter, Idx

W = CaseWriter()

TEXTS = ['', 'abc', 'ABC', 'Hello, World!', 'hello world', '  spaced  out  ', '中文字符', 'mixed 中文 Text',
         'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'straße', 'ǅemal ǆ', 'tab\tsep\tx', 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\u2029',
         '١٢٣', '½²³', 'Ⅻ', 'abc123', '_id9', '3d', 'İstanbul', 'ﬁne ﬂow', '😀 emoji 🎉', '\u00a0nbsp\u3000',
         'ᾳ ᾼ', 'Title Case Words', "they're bill's", 'a\u0301e\u0301', 'Ꭰꭰ', 'µſ', ' \t\n\r\x0b\x0c',
         'ABC def', 'aBC', '\x00\x7f', 'ß']

NO_ARG = ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii',
          'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle',
          'isupper']


def no_arg_methods():
    for name in NO_ARG:
        for text in TEXTS:
            W.method(text, name)
    W.method('abc', 'lower', 1)
    W.method('abc', 'upper', x=1)
    W.method('abc', 'isalpha', 1, 2)


def padding():
    for text in ['', 'abc', '中文', 'ab', '-42', '+7', 'x']:
        for width in [-1, 0, 2, 3, 6, 7, 10]:
            for name in ['center', 'ljust', 'rjust']:
                W.method(text, name, width)
                W.method(text, name, width, '中')
            W.method(text, 'zfill', width)
    W.method('abc', 'center', 9, '*')
    W.method('abc', 'center', Idx())
    W.method('abc', 'center')
    W.method('abc', 'center', 1, 2, 3)
    W.method('abc', 'center', width=3)
    W.method('abc', 'center', 5, 'ab')
    W.method('abc', 'center', 5, '')
    W.method('abc', 'center', 5, 1)
    W.method('abc', 'ljust', 'x')
    W.method('abc', 'rjust', 1.5)
    W.method('abc', 'zfill')
    W.method('abc', 'zfill', 'a')
    for text in ['a\tb\tc', '中\t文\t', '12345678\tx', 'a\r\tb\n\tc', '\t']:
        for size in [None, 0, 1, 4, -2]:
            if size is None:
                W.method(text, 'expandtabs')
            else:
                W.method(text, 'expandtabs', size)
        W.method(text, 'expandtabs', tabsize=3)
    W.method('a', 'expandtabs', x=1)
    W.method('a', 'expandtabs', 1.5)


RANGES = [(), (1,), (-3,), (1, 4), (None, -1), (10,), (4, 2), (Idx(),), (0, 100), (-100, -2), (None, None)]


def searching():
    for text in ['abcabcab', '中文中文字', 'aaaa', '']:
        for sub in ['', 'a', 'ab', '中', '中文', 'zz', 'aa']:
            for rng in RANGES:
                for name in ['find', 'rfind', 'count', 'index', 'rindex']:
                    W.method(text, name, sub, *rng)
    for name in ['find', 'count', 'index']:
        W.method('abc', name)
        W.method('abc', name, 1)
        W.method('abc', name, 'a', 'b')
        W.method('abc', name, 'a', 1.5)
        W.method('abc', name, 'a', 1, 2, 3)
        W.method('abc', name, 'a', start=1)


def affixes():
    for text in ['hello world', '中文字符', '']:
        for affix in ['', 'hello', 'world', 'o', '中', '符', ('x', 'he'), ('x', 'ld'), (), 'hello world!']:
            for rng in [(), (1,), (0, 5), (-5,), (3, 1), (20,)]:
                W.method(text, 'startswith', affix, *rng)
                W.method(text, 'endswith', affix, *rng)
    W.method('abc', 'startswith', 1)
    W.method('abc', 'endswith', ['a'])
    W.method('abc', 'startswith', ('a', 1))
    W.method('abc', 'startswith')
    W.method('abc', 'endswith', 'c', x=1)


def splitting():
    texts = ['a,b,,c,', '  one two  three ', 'a b c d e', '中文，分隔，文本', 'abXabYab', '', '   ', 'x',
             'a\u3000b\u00a0c\x1cd', ' lead', 'trail ']
    for text in texts:
        for sep in [None, ',', ' ', 'ab', '，', 'zz']:
            for maxsplit in [-1, 0, 1, 2, 10]:
                W.method(text, 'split', sep, maxsplit)
                W.method(text, 'rsplit', sep, maxsplit)
        W.method(text, 'split')
        W.method(text, 'rsplit')
        W.method(text, 'split', maxsplit=1)
        W.method(text, 'rsplit', sep=' ', maxsplit=1)
    W.method('abc', 'split', '')
    W.method('abc', 'rsplit', '')
    W.method('abc', 'split', 1)
    W.method('abc', 'split', x=1)
    W.method('abc', 'split', 'a', 1, 2)
    W.method('abc', 'split', 'b', 1.5)
    W.method('abc', 'split', 'b', sep='c')
    lines = ['a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', 'one\n\ntwo\n', '', '\n', 'no break',
             '\r\n\r\n', 'x\r']
    for text in lines:
        W.method(text, 'splitlines')
        W.method(text, 'splitlines', True)
        W.method(text, 'splitlines', keepends=True)
        W.method(text, 'splitlines', 0)
    W.method('a', 'splitlines', 1, 2)
    W.method('a', 'splitlines', x=1)


def stripping():
    for text in ['  abc  ', 'xyabcyx', '中文abc中', '\t\n abc \u3000', '', '   ', 'abc']:
        for chars in [None, ' ', 'xy', '中', 'abc', '']:
            for name in ['strip', 'lstrip', 'rstrip']:
                if chars is None:
                    W.method(text, name)
                else:
                    W.method(text, name, chars)
    W.method('abc', 'strip', None)
    W.method('abc', 'strip', 1)
    W.method('abc', 'lstrip', 'a', 'b')


def partitioning():
    for text in ['a=b=c', 'abc', '中=文=字', '', '==']:
        for sep in ['=', 'b', '文', 'zz', 'a=b=c', '==']:
            W.method(text, 'partition', sep)
            W.method(text, 'rpartition', sep)
    W.method('abc', 'partition', '')
    W.method('abc', 'rpartition', 1)
    W.method('abc', 'partition')


def replacing():
    for text in ['aaaa', 'abcabc', '中文中文', '', 'abc']:
        for old, new in [('a', 'b'), ('', '-'), ('abc', ''), ('中', '中文'), ('aa', 'X'), ('zz', 'y')]:
            for count in [None, -1, 0, 1, 2, 10]:
                if count is None:
                    W.method(text, 'replace', old, new)
                else:
                    W.method(text, 'replace', old, new, count)
    W.method('abc', 'replace', 'a')
    W.method('abc', 'replace', 1, 'b')
    W.method('abc', 'replace', 'a', 1)
    W.method('abc', 'replace', 'a', 'b', 1.5)
    W.method('abc', 'replace', 'a', 'b', count=1)
    for text in ['prefix-body-suffix', '中文', '', 'aaa']:
        for affix in ['prefix-', '-suffix', '中', '文', '', 'aa', text]:
            W.method(text, 'removeprefix', affix)
            W.method(text, 'removesuffix', affix)
    W.method('abc', 'removeprefix', 1)
    W.method('abc', 'removesuffix')


def joining():
    for sep in ['', ', ', '中']:
        for items in [[], ['a'], ['a', 'b', 'c'], ('x', 'y'), 'abc', ['中', '文'], {'k1': 1, 'k2': 2}]:
            W.method(sep, 'join', items)
    W.method(',', 'join', [1, 2])
    W.method(',', 'join', ['a', 2])
    W.method(',', 'join', ('a', None))
    W.method(',', 'join', 5)
    W.method(',', 'join')
    W.method(',', 'join', ['a'], ['b'])


def translating():
    W.method('abc中', 'translate', {97: 'A', 98: None, 20013: 25991})
    W.method('abc', 'translate', {97: 'xyz', 99: 98})
    W.method('abc', 'translate', {})
    W.method('abc', 'translate', {97: 1.5})
    W.method('abc', 'translate', {97: 0x110000})
    W.method('abc', 'translate', {97: -1})
    W.method('abc', 'translate', ['x', 'y'])
    W.method('abc', 'translate', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')
    W.method('abc', 'translate')
    W.method('abc', 'translate', 1)
    for args in [('abc', 'xyz'), ('abc', 'xyz', 'b'), ('中a', '文b', 'c'), ({'a': 'b', 98: None, 'c': 99},),
                 ({},), ('ab', 'c'), (1,), ({'ab': 1},), ({1.5: 1},), ('a', 'b', 1), (1, 'b'), ('a', 1), (),
                 ('a', 'b', 'c', 'd')]:
        W.add('maketrans', lambda args=args: str.maketrans(*args), args=list(args))
    W.method('hello', 'maketrans', 'h', 'j')
    W.method('abc', 'translate', str.maketrans('abc', 'xyz', 'b'))


def encoding():
    W.method('abc', 'encode', 1)
    W.method('abc', 'encode', 'utf-8', 2)
    W.method('abc', 'encode', x=1)
    W.method('abc', 'encode', 'a', 'b', 'c')


def unbound():
    for name, args in [('lower', ['ABC']), ('lower', [1]), ('lower', []), ('center', ['ab', 6, '*']),
                       ('split', ['a b']), ('join', [1, ['a']]), ('format', ['{}!', 1]), ('startswith', [None, 'a'])]:
        W.add('unbound', lambda name=name, args=args: getattr(str, name)(*args), name=name, args=args)


def operators():
    for text in ['abcdef', '中文字符串', '', 'a😀b']:
        for key in [0, 1, -1, -6, 5, 10, Idx(), True, slice(None), slice(1, 3), slice(None, None, -1),
                    slice(None, None, 2), slice(-2, None), slice(4, 1, -1), slice(1, 100), slice(-100, 2),
                    slice(None, None, 3), slice(5, 0, -2), 1.5, 'a', None, slice(None, None, 0), slice('a', 2)]:
            W.add('getitem', lambda text=text, key=key: text[key], a=text, b=key)
        W.add('len', lambda text=text: len(text), a=text)
        W.add('bool', lambda text=text: bool(text), a=text)
        W.add('iter', lambda text=text: list(iter(text)), a=text)
        for sub in ['', 'a', '中文', 'bc', 'zz']:
            W.add('contains', lambda text=text, sub=sub: sub in text, a=text, b=sub)
    W.add('contains', lambda: 1 in 'abc', a='abc', b=1)
    for a, b in [('ab', 3), (3, 'ab'), ('中', 2), ('ab', 0), ('ab', -1), (True, 'ab'), ('ab', Idx()), ('ab', 1.5),
                 (1.5, 'ab'), ('ab', 'cd'), ('ab', None), ('ab', 2 ** 62)]:
        W.add('binary', lambda a=a, b=b: a * b, op='*', a=a, b=b)
    for a, b in [('ab', 'cd'), ('中', '文'), ('ab', 1), (1, 'ab')]:
        W.add('binary', lambda a=a, b=b: a + b, op='+', a=a, b=b)
    for args, kwargs in [([], {}), ([1], {}), ([1.5], {}), (['abc'], {}), ([None], {}), ([True], {}),
                         ([], {'object': 5}), ([1, 2], {}),
                         (['abc', 'utf-8'], {}), ([1, 'utf-8'], {}), ([1, 2, 3, 4], {}), ([], {'x': 1}),
                         ([], {'encoding': 'utf-8'}), ([1], {'errors': 2}), ([-0.0], {}), ([1e100], {})]:
        W.add('construct', lambda args=args, kwargs=kwargs: str(*args, **kwargs), args=args, kwargs=kwargs)


def ranges(predicate):
    out = []
    for cp in range(sys.maxunicode + 1):
        if predicate(chr(cp)):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def write_code_point_cases(path):
    """Per code point: where isidentifier() holds alone and after 'a', and every
    character that casefold() or swapcase() changes."""
    changed = {name: [[cp, getattr(chr(cp), name)()] for cp in range(sys.maxunicode + 1)
                      if getattr(chr(cp), name)() != chr(cp) and not 0xD800 <= cp < 0xE000]
               for name in ['casefold', 'swapcase']}
    cases = {'identifierStart': ranges(str.isidentifier),
             'identifierContinue': ranges(lambda c: ('a' + c).isidentifier()), 'changed': changed}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(cases, f, ensure_ascii=False)
    print('%s written' % path)


def main():
    write_code_point_cases('code_point_cases.json')
    no_arg_methods()
    padding()
    searching()
    affixes()
    splitting()
    stripping()
    partitioning()
    replacing()
    joining()
    translating()
    encoding()
    unbound()
    operators()
    W.write('method_cases.jsonl')


if __name__ == '__main__':
    sys.exit(main())
