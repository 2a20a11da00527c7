#pragma once
// Python ints beyond int64: heap objects of type int holding a BigInt. Every int result goes
// through intValue(), which keeps the immediate whenever the value fits, so the two
// representations never hold the same value: equality, hashing and `type()` need no case
// that mixes them.

#include "core/bigint.h"
#include "core/object.h"
#include "core/value.h"
#include "text/number_format.h"

#include <string>

namespace aw::py {

class BigIntObject : public Object {
public:
    explicit BigIntObject(BigInt value);
    const BigInt &value() const noexcept { return m_value; }

private:
    BigInt m_value;
};

// An int for `value`: the immediate when it fits in int64, else a BigIntObject.
Value intValue(BigInt value);
// Whether `v` is an int of either representation, bool included.
bool isAnyInt(const Value &v);
// The BigInt of an int of either representation (isAnyInt(v)).
BigInt bigOf(const Value &v);
// The int as a double, correctly rounded; OverflowError "int too large to convert to
// float" beyond the double range.
double bigToDouble(const BigInt &v);
// int(d) for a float: truncation toward zero, ValueError for NaN, OverflowError for inf.
Value intFromDouble(double d);
// `v` (an int or bool) as a plain int: bools become 0 and 1.
Value plainInt(const Value &v);
// str(v), refused past CPython's 4300-digit limit for integer string conversion.
std::string bigToDecimal(const BigInt &v);
text::Result<std::string> bigDecimal(const BigInt &v);
// The parts of an int that format() and %-formatting need.
text::IntDigits formatDigitsOf(const BigInt &v);
// The value of `digits` (valid in `base`), with the same limit for the bases that are not
// powers of two (their conversion is quadratic).
BigInt bigFromDigits(std::string_view digits, int base);
// The error Python raises where an index-sized integer is needed and `v` is beyond it.
[[noreturn]] void raiseIndexOverflow(TypeObject *errorType);
// Charges big-integer arithmetic to the run's step and memory limits.
void installBigIntWorkHook();

} // namespace aw::py
