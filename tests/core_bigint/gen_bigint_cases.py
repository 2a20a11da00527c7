"""Writes bigint_cases.jsonl: operands of 1..300 digits and CPython 3.11's results for every
BigInt operation. Values beyond 2**53 are strings, which JSON readers keep exact. Run under CPython 3.11; tst_bigint only reads the file."""

import json
import random
import struct

rng = random.Random(20261122)


def operand():
    kind = rng.random()
    if kind < 0.15:
        n = rng.choice([0, 1, 31, 32, 33, 53, 63, 64, 65, 96, 127, 128, 200, 1000])
        v = rng.choice([2**n, 2**n - 1, 2**n + 1, 2**(n + 64) - 2**n])
    elif kind < 0.2:
        v = rng.choice([0, 1, 2**63 - 1, 2**63, 2**32 - 1, 2**32])
    else:
        v = int("".join(rng.choice("0123456789") for _ in range(rng.randint(1, 300))))
    return -v if rng.random() < 0.4 else v


def float_bits(thunk):
    try:
        return str(struct.unpack("<Q", struct.pack("<d", thunk()))[0])
    except OverflowError:
        return "overflow"


with open("bigint_cases.jsonl", "w") as out:
    for _ in range(100):
        a, b = operand(), operand()
        if rng.random() < 0.3 and b:
            # A divisor whose top limb is small or large tests the normalisation of algorithm D.
            b = b * 2**rng.randint(0, 40) + rng.choice([0, 1, -1])
        shift = rng.randint(0, 200)
        exponent = a.bit_length() % 7 if abs(a) < 10**40 else 2
        case = {
            "a": str(a), "b": str(b), "shift": shift,
            "add": str(a + b), "sub": str(a - b), "mul": str(a * b),
            "and": str(a & b), "or": str(a | b), "xor": str(a ^ b), "invert": str(~a),
            "shl": str(a << shift), "shr": str(a >> shift),
            "pow_exp": exponent, "pow": str(a ** exponent), "cmp": (a > b) - (a < b),
            "hex": format(a, "x"), "oct": format(a, "o"), "bin": format(a % 2**150, "b"),
            "hash": str(hash(a)), "float": float_bits(lambda: float(a)),
            "bit_length": a.bit_length(), "bit_count": abs(a).bit_count(),
        }
        if b:
            case["floordiv"] = str(a // b)
            case["mod"] = str(a % b)
            case["truediv"] = float_bits(lambda: a / b)
            if b > 0:
                e = abs(operand()) % 10**40
                case["powmod"] = [str(e), str(pow(a, e, b))]
        out.write(json.dumps(case) + "\n")
    # Doubles compared exactly and converted exactly.
    for _ in range(60):
        d = rng.choice([rng.uniform(-1e30, 1e30), rng.uniform(-1e300, 1e300), rng.uniform(-100, 100),
                        float(2**rng.randint(50, 70)) + rng.choice([0.0, 0.5, 1.0])])
        a = operand() if rng.random() < 0.5 else int(d) + rng.choice([-1, 0, 1])
        out.write(json.dumps({"double": str(struct.unpack("<Q", struct.pack("<d", d))[0]), "int": str(a),
                              "trunc": str(int(d)), "cmp_double": (a > d) - (a < d)}) + "\n")
