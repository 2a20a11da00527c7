"""Random operation sequences whose point is CPython's exact set iteration order (and pop
order) after growth, removals, dummies and resizes, and random sorts for timsort's runs."""

CHINESE = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与"
EMOJI = "😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗🙂🤗🤩🤔"


def pools(rnd):
    ints = [rnd.randrange(0, 200) for _ in range(40)]
    negs = [-rnd.randrange(1, 200) for _ in range(30)]
    bigs = [rnd.randrange(-10 ** 15, 10 ** 15) for _ in range(20)]
    ascii_ = ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randrange(1, 12))) for _ in range(30)]
    latin = ["".join(rnd.choice("àéîõüßçñÿ") for _ in range(rnd.randrange(1, 5))) for _ in range(10)]
    chinese = ["".join(rnd.choice(CHINESE) for _ in range(rnd.randrange(1, 5))) for _ in range(30)]
    emoji = ["".join(rnd.choice(EMOJI) for _ in range(rnd.randrange(1, 3))) for _ in range(10)]
    tuples = [(rnd.randrange(-5, 5), rnd.choice(ascii_)) for _ in range(15)] + [(i,) for i in range(-3, 3)]
    return {
        "ints": ints, "negs": negs + ints[:10], "bigs": bigs + ints[:5], "ascii": ascii_,
        "latin": latin + ascii_[:5], "chinese": chinese, "emoji": emoji + chinese[:5], "tuples": tuples,
        "mixed": ints[:10] + negs[:5] + ascii_[:8] + chinese[:8] + tuples[:5] + [1.5, -2.5, (), frozenset({1, 2})],
    }


def literal(values):
    return "[" + ", ".join(repr(v) for v in values) + "]"


def random_set_cases(rnd, count):
    out = []
    kinds = list(pools(rnd).keys())
    for n in range(count):
        pool = pools(rnd)[kinds[n % len(kinds)]]
        stmts = ["s = set()", "t = set(%s)" % literal(rnd.sample(pool, min(len(pool), rnd.randrange(0, 12))))]
        for _ in range(rnd.randrange(10, 40)):
            stmts.append(random_op(rnd, pool))
            if rnd.random() < 0.5:
                stmts.append("list(s)")
        stmts += ["list(s)", "repr(s)", "list(t)", "len(s)"]
        out.append(("random set %d (%s)" % (n, kinds[n % len(kinds)]), stmts))
    return out


def random_op(rnd, pool):
    x = repr(rnd.choice(pool))
    some = literal([rnd.choice(pool) for _ in range(rnd.randrange(0, 15))])
    ops = [
        "s.add(%s)" % x, "s.add(%s)" % x, "s.add(%s)" % x, "s.discard(%s)" % x, "s.remove(%s)" % x,
        "s.pop()", "s.update(%s)" % some, "s.difference_update(%s)" % some,
        "s.intersection_update(%s)" % some, "s.symmetric_difference_update(%s)" % some,
        "s |= set(%s)" % some, "s &= set(%s + list(s))" % some, "s -= set(%s)" % some, "s ^= set(%s)" % some,
        "list(s | t)", "list(t | s)", "list(s & t)", "list(t & s)", "list(s - t)", "list(t - s)",
        "list(s ^ t)", "list(t ^ s)", "t = s.copy()", "list(s.union(%s))" % some,
        "list(s.intersection(%s))" % some, "list(s.difference(%s))" % some,
        "list(s.symmetric_difference(%s))" % some, "list(frozenset(s))", "s == t", "s <= t",
        "t.update(s)", "list(set(%s))" % some, "s.issuperset(%s)" % some, "hash(frozenset(s))",
        "s.isdisjoint(t)", "list(s.copy())", "list(dict.fromkeys(s))",
    ]
    if rnd.random() < 0.03:
        return "s.clear()"
    return rnd.choice(ops)


def random_sort_cases(rnd, count):
    out = []
    for n in range(count):
        size = rnd.choice([0, 1, 2, 5, 20, 63, 64, 65, 100, 200, 300])
        shape = n % 4
        if shape == 0:
            items = [rnd.randrange(-50, 50) for _ in range(size)]
        elif shape == 1:
            items = sorted(rnd.randrange(100) for _ in range(size))
            for _ in range(size // 10):
                i, j = rnd.randrange(max(size, 1)), rnd.randrange(max(size, 1))
                if size:
                    items[i], items[j] = items[j], items[i]
        elif shape == 2:
            items = [(rnd.randrange(5), rnd.randrange(1000)) for _ in range(size)]
        else:
            items = [rnd.choice(["x", "y", "z"]) + str(rnd.randrange(20)) for _ in range(size)]
        stmts = ["a = %s" % literal(items), "b = list(a)", "a.sort()", "a", "b.sort(reverse=True)", "b"]
        if shape == 2:
            stmts += ["c = list(a)", "c.sort(key=second)", "c", "c.sort(key=first, reverse=True)", "c"]
        if shape == 0:
            stmts += ["c = list(a)", "c.sort(key=neg)", "c"]
        out.append(("random sort %d" % n, stmts))
    return out
