#include "bigint_arith.h"

#include "bigint_value.h"
#include "protocol.h"
#include "text_bridge.h"

#include "text/py_arith.h"

namespace aw::py {

namespace {

// Results past this many bits are refused up front: no run's memory could hold them, and
// CPython would end in MemoryError too.
constexpr uint64_t kMaxResultBits = uint64_t(1) << 40;

void requireDivisor(const BigInt &b, const char *message)
{
    if (b.isZero())
        raise(builtin::ZeroDivisionError(), message);
}

Value power(const BigInt &a, const BigInt &b)
{
    if (b.isNegative()) {
        const double base = bigToDouble(a), exponent = bigToDouble(b);
        return Value::floating(unwrap(text::powFloat(base, exponent)));
    }
    // 0, 1 and -1 stay small whatever the exponent.
    if (a.bitLength() <= 1) {
        if (a.isZero())
            return Value::integer(b.isZero() ? 1 : 0);
        return Value::integer(a.isNegative() && b.isOdd() ? -1 : 1);
    }
    const std::optional<int64_t> e = b.toInt64();
    if (!e || static_cast<uint64_t>(*e) > kMaxResultBits / (a.bitLength() - 1))
        raise(builtin::MemoryError(), "");
    return intValue(a.pow(static_cast<uint64_t>(*e)));
}

Value shiftLeft(const BigInt &a, const BigInt &b)
{
    if (b.isNegative())
        raise(builtin::ValueError(), "negative shift count");
    if (a.isZero())
        return Value::integer(0);
    const std::optional<int64_t> n = b.toInt64();
    if (!n)
        raise(builtin::OverflowError(), "too many digits in integer");
    if (static_cast<uint64_t>(*n) > kMaxResultBits)
        raise(builtin::MemoryError(), "");
    return intValue(a.shiftLeft(static_cast<uint64_t>(*n)));
}

Value shiftRight(const BigInt &a, const BigInt &b)
{
    if (b.isNegative())
        raise(builtin::ValueError(), "negative shift count");
    const std::optional<int64_t> n = b.toInt64();
    if (!n)
        return Value::integer(a.isNegative() ? -1 : 0);
    return intValue(a.shiftRight(static_cast<uint64_t>(*n)));
}

// The inverse of a modulo m (m > 0) by the extended Euclidean algorithm.
BigInt inverse(const BigInt &a, const BigInt &m)
{
    BigInt q, oldR, r = m, oldS(1), s(0);
    BigInt::divMod(a, m, q, oldR);
    while (!r.isZero()) {
        BigInt rest;
        BigInt::divMod(oldR, r, q, rest);
        oldR = std::exchange(r, std::move(rest));
        BigInt next = oldS - q * s;
        oldS = std::exchange(s, std::move(next));
    }
    if (BigInt::compare(oldR, BigInt(1)) != 0 && BigInt::compare(m, BigInt(1)) != 0)
        raise(builtin::ValueError(), "base is not invertible for the given modulus");
    BigInt result;
    BigInt::divMod(oldS, m, q, result);
    return result;
}

} // namespace

Value bigBinary(const BigInt &a, const BigInt &b, BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add: return intValue(a + b);
    case BinaryOp::Sub: return intValue(a - b);
    case BinaryOp::Mul: return intValue(a * b);
    case BinaryOp::TrueDiv: {
        requireDivisor(b, "division by zero");
        const std::optional<double> d = BigInt::trueDivide(a, b);
        if (!d)
            raise(builtin::OverflowError(), "integer division result too large for a float");
        return Value::floating(*d);
    }
    case BinaryOp::FloorDiv: return bigDivMod(a, b).first;
    case BinaryOp::Mod: {
        requireDivisor(b, "integer modulo by zero");
        return bigDivMod(a, b).second;
    }
    case BinaryOp::Pow: return power(a, b);
    case BinaryOp::LShift: return shiftLeft(a, b);
    case BinaryOp::RShift: return shiftRight(a, b);
    case BinaryOp::And: return intValue(a & b);
    case BinaryOp::Or: return intValue(a | b);
    case BinaryOp::Xor: return intValue(a ^ b);
    case BinaryOp::MatMul:
    case BinaryOp::Count: break;
    }
    return notImplemented();
}

std::pair<Value, Value> bigDivMod(const BigInt &a, const BigInt &b)
{
    requireDivisor(b, "integer division or modulo by zero");
    BigInt q, r;
    BigInt::divMod(a, b, q, r);
    return {intValue(std::move(q)), intValue(std::move(r))};
}

Value bigPowMod(const BigInt &base, const BigInt &exponent, const BigInt &modulus)
{
    if (modulus.isZero())
        raise(builtin::ValueError(), "pow() 3rd argument cannot be 0");
    const BigInt m = modulus.abs();
    const BigInt b = exponent.isNegative() ? inverse(base, m) : base;
    BigInt r = BigInt::powMod(b, exponent.abs(), m);
    if (modulus.isNegative() && !r.isZero())
        r = r - m;
    return intValue(std::move(r));
}

Value bigRound(const BigInt &n, const BigInt &ndigits)
{
    if (!ndigits.isNegative())
        return intValue(n);
    // 10**k > |n| * 2 from k = bit length on: everything rounds to 0.
    const std::optional<int64_t> k = (-ndigits).toInt64();
    if (!k || static_cast<uint64_t>(*k) > n.bitLength())
        return Value::integer(0);
    const BigInt unit = BigInt(10).pow(static_cast<uint64_t>(*k));
    BigInt q, r;
    BigInt::divMod(n, unit, q, r);
    const int c = BigInt::compare(r + r, unit);
    if (c > 0 || (c == 0 && q.isOdd()))
        q = q + BigInt(1);
    return intValue(q * unit);
}

} // namespace aw::py
