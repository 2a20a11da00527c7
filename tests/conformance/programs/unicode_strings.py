import asyncio

words = ["协程", "asyncio", "事件循环", "Task", "future", "await", "Ünïcödé", "ß"]


async def translate(word):
    await asyncio.sleep(len(word) * 0.01)
    return word.upper(), word.lower(), word.title(), word.swapcase(), len(word)


async def main():
    rows = await asyncio.gather(*(translate(w) for w in words))
    for w, (up, lo, ti, sw, n) in zip(words, rows):
        print(f"{w!r:>12} {up:<10}|{lo:^10}|{ti:>9}| {sw} {n}")
    text = "  Hello, 世界! 你好，asyncio。  "
    print(repr(text.strip()), text.split(), text.strip().split(","))
    print(text.count("l"), text.find("世"), text.rfind("o"), text.index("!"))
    print("-".join(["a", "b", "c"]), "协程".center(10, "*"), "abc".zfill(6), "x".ljust(4, "."))
    print("hello world".replace("o", "0", 1), "a,b,,c".split(","), "a b  c".split(" "))
    print("line1\nline2\r\nline3".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
    print("Straße".casefold(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
    print("123".isdigit(), "١٢٣".isdecimal(), "abc".isalpha(), "中文".isalpha(), " ".isspace())
    print("Hello".startswith(("He", "x")), "file.tar.gz".endswith(".gz"), "abc"[::-1])
    print("%s has %d chars and %r" % ("协程", len("协程"), "协程"), "%5s|%-5s|" % ("ab", "cd"))
    print("{0} {1} {0}".format("a", "b"), "{name}:{age:03d}".format(name="小红", age=7))
    print(f"{'中文':>6}|{'中文':<6}|{'x':^5}|", ord("中"), chr(20013), "\u4e2d\u6587")
    print("tab\tsep".expandtabs(4), "a\tbc\td".expandtabs(), repr("\x00\x7f\u200b\u4e2d"))
    print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True)[:3])
    print(min(words), max(words), "中" > "a", [c for c in "héllo" if c not in "aeiou"])
    print(str.maketrans("ab", "xy"), "aabbcc".translate(str.maketrans("ab", "xy", "c")))
    print("  x ".lstrip(), "xxhixx".strip("x"), "hello"[1:4], "hello"[-3:], "hi" * 3)
    print("abc".removeprefix("a"), "abc".removesuffix("c"), "a\u0301".isalnum(), "Ⅻ".isnumeric())
    print(int("٣"), "{:,}".format(1234567), "{!r:>10}".format("x"), "{:%Y}".format)


asyncio.run(main())
