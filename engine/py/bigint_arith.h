#pragma once
// Int arithmetic beyond int64, with CPython's results and messages: the slow path of the
// int operators once an operand or a result does not fit in an immediate.

#include "core/bigint.h"
#include "core/slots.h"
#include "core/value.h"

namespace aw::py {

// a <op> b for two ints; notImplemented() for MatMul.
Value bigBinary(const BigInt &a, const BigInt &b, BinaryOp op);
// divmod(a, b) for two ints.
std::pair<Value, Value> bigDivMod(const BigInt &a, const BigInt &b);
// pow(base, exponent, modulus) for three ints (a negative exponent takes the inverse).
Value bigPowMod(const BigInt &base, const BigInt &exponent, const BigInt &modulus);
// round(n, ndigits) for an int: ties to even, only a negative ndigits changes it.
Value bigRound(const BigInt &n, const BigInt &ndigits);

} // namespace aw::py
