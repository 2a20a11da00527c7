#!/usr/bin/env python3
"""Regenerates the expectations of the lang_parser tests from CPython 3.11.

    python3 tests/lang_parser/regen_expectations.py

* errors/NAME.py and errors/NAME.expected: each broken program of ERROR_CASES below, and what
  `python3 errors/NAME.py` prints on stderr (the directory part of the path removed, so the
  file is called NAME.py, which is the name the C++ test gives the parser).
* corpus/NAME.ast: ast.dump(ast.parse(source)) for every corpus/NAME.py; the corpus must also
  compile, since the parser applies CPython's compile-time checks too.
* corpus/NAME.pos: the position (lineno, col_offset, end_lineno, end_col_offset) of every
  statement, expression, arg, keyword, alias and except handler, sorted. Nodes inside
  f-strings are left out: CPython 3.11 computes their positions inconsistently.

Refuses to run under anything but CPython 3.11, whose messages the tests pin down.
"""
import ast
import pathlib
import subprocess
import sys
import warnings

HERE = pathlib.Path(__file__).resolve().parent


def nested(depth, head):
    return "".join(" " * i + head + "\n" for i in range(depth)) + " " * depth + "pass\n"


# name -> source bytes. Each one fails to compile in CPython 3.11.
ERROR_CASES = {
    "except_star_mixed": b"try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "except_star_bare": b"try:\n    pass\nexcept*:\n    pass\n",
    # Brackets.
    "paren_never_closed": b"x = (1,\n",
    "bracket_never_closed_multiline": b"values = [1, 2\ny = 3\n",
    "brace_never_closed_in_call": b'print({"a": 1,\n',
    "unmatched_close": b"x = 1)\n",
    "mismatched_close": b"x = (1]\n",
    "mismatched_close_other_line": b"x = (1,\n2]\n",
    "unclosed_before_later_error": b"x = (1,\ny = 2\nz = 3 4\n",
    "too_many_nested_parentheses": b"x = " + b"(" * 201 + b"1" + b")" * 201 + b"\n",
    # Generic and guessed messages.
    "invalid_syntax_two_numbers": b"x = 1 2\n",
    "invalid_syntax_at_keyword": b"else:\n    pass\n",
    "invalid_syntax_dollar": b"import asyncio\nasyncio.run(main())\n\n$\nEntering async context\n",
    "forgot_comma_call": b"f(a b)\n",
    "forgot_comma_list": b"x = [1, 2 3]\n",
    "forgot_comma_multiline": b"f(\n  a\n  b)\n",
    "missing_parentheses_print": b'print "hello"\n',
    "expected_else": b"a = 1 if b\n",
    "maybe_meant_equality": b"if x = 1:\n    pass\n",
    "assign_to_call_here": b"f() = 1\n",
    "assign_to_literal_here": b'"abc" = 1\n',
    "assign_to_call_chained": b"x = f() = 1\n",
    "augassign_illegal": b"a, b += 1\n",
    "delete_call": b"del f()\n",
    "for_target_call": b"for f() in x:\n    pass\n",
    "walrus_on_attribute": b"if (a.b := 1):\n    pass\n",
    "dict_key_without_colon": b"x = {1: 2, 3}\n",
    "positional_after_keyword": b"f(a=1, b)\n",
    "default_before_non_default": b"def f(a=1, b):\n    pass\n",
    "generator_not_parenthesized": b"f(x for x in y, 1)\n",
    "unpacking_in_comprehension": b"x = [*a for a in b]\n",
    "starred_in_group": b"x = (*a)\n",
    "trailing_comma_import": b"from asyncio import sleep,\n",
    "except_tuple_without_parens": b"try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    # Colons and blocks.
    "expected_colon_if": b"if x\n    pass\n",
    "expected_colon_for": b"for x in range(3)\n    pass\n",
    "expected_colon_while": b"while True\n    pass\n",
    "expected_colon_class": b"class A\n    pass\n",
    "expected_colon_def_forced": b"def f() x:\n    pass\n",
    "expected_paren_def_forced": b"def f:\n    pass\n",
    "expected_colon_async_def": b"async def main()\n    await x\n",
    "try_without_except": b"try:\n    pass\nx = 1\n",
    "try_without_except_at_end": b"try:\n    pass\n",
    # Indentation.
    "expected_block_if": b"if x:\npass\n",
    "expected_block_def_at_eof": b"def f():\n",
    "expected_block_after_comment": b"async def main():\n    # nothing here yet\n",
    "expected_block_for": b"for i in range(3):\nprint(i)\n",
    "expected_block_else": b"if x:\n    pass\nelse:\nprint(1)\n",
    "expected_block_with": b"async def f():\n    async with lock:\n    pass\n",
    "expected_block_class": b"class A:\n\nx = 1\n",
    "unexpected_indent": b"  x = 1\n",
    "unexpected_indent_in_block": b"def f():\n    x = 1\n        y = 2\n",
    "unindent_mismatch": b"if x:\n    a = 1\n  b = 2\n",
    "tab_error": b"def f():\n\tif x:\n        pass\n",
    "too_many_indentation_levels": nested(101, "if x:").encode(),
    "seed_fragment_indented": b"    async def switch_group(self, group_ids):\n        pass\n",
    "seed_tab_mixed": b"async def exterior():\n    tasks = []\n\tdones, pendings = await asyncio.wait(tasks)\n",
    # Strings and numbers.
    "unterminated_string": b"x = 'abc\n",
    "unterminated_string_double": b'print("hello)\n',
    "unterminated_triple_quoted": b'x = """abc\n\ny = 1\n',
    "unterminated_string_after_error": b"x = 1 2\ny = 'oops\n",
    "invalid_decimal_literal": b"x = 1abc\n",
    "invalid_decimal_underscore": b"x = 1__0\n",
    "leading_zeros": b"x = 0777\n",
    "invalid_hex_literal": b"x = 0x\n",
    "invalid_octal_digit": b"x = 0o78\n",
    "bad_unicode_escape": b'x = "\\x4"\n',
    "bytes_non_ascii": "x = b'caf\u00e9'\n".encode(),
    # f-strings.
    "fstring_expecting_brace": b'x = f"{"\n',
    "fstring_empty_expression": b'print(f"{}")\n',
    "fstring_single_brace": b'x = f"}"\n',
    "fstring_invalid_conversion": b'x = f"{x!z}"\n',
    "fstring_nested_too_deeply": b'x = f"{a:{b:{c}}}"\n',
    "fstring_backslash": b'x = f"{a\\n}"\n',
    "fstring_forgot_comma": b'x = f"{a b}"\n',
    "fstring_invalid_decimal": b'x = f"{1abc}"\n',
    # Unicode, encodings, bytes.
    "fullwidth_comma": "x = [1\uff0c 2]\n".encode(),
    "fullwidth_paren": "print\uff08'hi')\n".encode(),
    "non_printable_character": b"x = 1\x0b\n",
    "null_byte": b"x = 1\ny = '\x00'\n",
    "invalid_utf8": b"x = 1\ny = '\xff'\n",
    "chinese_before_error_bytes_columns": "x = \u4e2d\u6587 2\n".encode(),
    "chinese_before_error_with_cookie": "# -*- coding: utf-8 -*-\nx = \u4e2d\u6587 2\n".encode(),
    "bom_then_error": b"\xef\xbb\xbfx = 1 2\n",
    "crlf_then_error": b"x = 1\r\ny = (\r\nz = 2 3\r\n",
    "no_final_newline": b"x = (1 +",
    "backslash_at_eof": b"x = 1\\",
    "char_after_backslash": b"x = \\ 1\n",
    # Compiler and symbol table errors.
    "await_outside_function": b"import asyncio\nawait asyncio.sleep(1)\n",
    "await_outside_async_function": b"def f():\n    await g()\n",
    "await_in_lambda": b"async def f():\n    g = lambda: await h()\n",
    "yield_outside_function": b"yield 1\n",
    "return_outside_function": b"class A:\n    return 1\n",
    "break_outside_loop": b"if True:\n    break\n",
    "continue_not_in_loop": b"def f():\n    continue\n",
    "break_in_loop_else": b"while x:\n    pass\nelse:\n    break\n",
    "async_for_outside_async": b"def f():\n    async for x in y:\n        pass\n",
    "async_with_outside_async": b"async with lock:\n    pass\n",
    "async_comprehension_outside_async": b"def f():\n    return [await x for x in y]\n",
    "yield_in_comprehension": b"def f():\n    return [(yield x) for x in y]\n",
    "return_value_in_async_generator": b"async def f():\n    yield 1\n    return 2\n",
    "starred_expression_here": b"x = *a\n",
    "starred_target_alone": b"*a = [1]\n",
    "multiple_starred": b"a, *b, *c = range(5)\n",
    "duplicate_argument": b"def f(a, b, a):\n    pass\n",
    "nonlocal_at_module_level": b"nonlocal x\n",
    "no_binding_for_nonlocal": b"def f():\n    nonlocal x\n",
    "used_before_global": b"x = 1\ndef f():\n    print(x)\n    global x\n",
    "default_except_not_last": b"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "too_many_nested_blocks": nested(21, "for x in y:").encode(),
    "seed_await_at_top_level": "#await \u5fc5\u987b\u52a0\u5728task\u524d\nfor task in asyncio.as_completed(tasks):\n    result = await task\n    print(result)\n".encode(),
    # Nesting limits: an error instead of a crash.
    "deep_unary_memory_error": b"x = " + b"-" * 100000 + b"1\n",
    "deep_not_memory_error": b"x = " + b"not " * 100000 + b"1\n",
    "deep_unary_recursion_error": b"x = " + b"-" * 2999 + b"1\n",
    "long_sum_recursion_error": b"x = " + b"1 + " * 5000 + b"1\n",
}


def check_python():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit(f"needs CPython 3.11, this is {sys.implementation.name} {sys.version}")


def regenerate_errors():
    directory = HERE / "errors"
    directory.mkdir(exist_ok=True)
    for old in directory.glob("*"):
        old.unlink()
    for name, source in ERROR_CASES.items():
        path = directory / f"{name}.py"
        path.write_bytes(source)
        result = subprocess.run([sys.executable, str(path)], capture_output=True, cwd=directory)
        stderr = result.stderr.decode("utf-8", "replace").replace(str(directory) + "/", "")
        if result.returncode == 0 or "Traceback" in stderr:
            sys.exit(f"{name}: CPython did not reject it at compile time:\n{stderr}")
        (directory / f"{name}.expected").write_text(stderr, encoding="utf-8")
    print(f"{len(ERROR_CASES)} error cases")


def positions(tree):
    found = []
    kinds = (ast.stmt, ast.expr, ast.arg, ast.keyword, ast.alias, ast.excepthandler)

    def visit(node):
        if isinstance(node, kinds):
            found.append(f"{type(node).__name__} {node.lineno} {node.col_offset} "
                         f"{node.end_lineno} {node.end_col_offset}")
        if not isinstance(node, ast.JoinedStr):
            for child in ast.iter_child_nodes(node):
                visit(child)

    visit(tree)
    return sorted(found)


def regenerate_corpus():
    count = 0
    for path in sorted((HERE / "corpus").glob("*.py")):
        source = path.read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, path.name, "exec")
            tree = ast.parse(source)
        path.with_suffix(".ast").write_text(ast.dump(tree) + "\n", encoding="utf-8")
        path.with_suffix(".pos").write_text("".join(line + "\n" for line in positions(tree)), encoding="utf-8")
        count += 1
    print(f"{count} corpus files")


if __name__ == "__main__":
    check_python()
    regenerate_errors()
    regenerate_corpus()
