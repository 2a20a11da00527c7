// Decimal conversion of doubles the way CPython does it (Python/pystrtod.c
// and Python/dtoa.c): correctly rounded, ties to even on the exact binary
// value, with the same layout rules for 'e', 'f', 'g' and repr.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace aw::text {

// What _Py_dg_dtoa returns: significant digits without trailing zeros and the
// position of the decimal point relative to them (value = 0.digits * 10**decpt).
// Zero is "0" with decpt 1; a value that rounds to nothing in fixed mode has
// empty digits.
struct DecimalDigits {
    std::string digits;
    int decpt = 0;
    bool negative = false;
};

// dtoa mode 0: the shortest digits that round-trip.  x must be finite.
DecimalDigits shortestDigits(double x);
// dtoa mode 2: `count` (>= 1) significant digits.  x must be finite.
DecimalDigits significantDigits(double x, int count);
// dtoa mode 3: rounded to `ndigits` places after the point (may be negative).
DecimalDigits fixedDigits(double x, int ndigits);

enum DoubleToStringFlags : unsigned {
    kDtsfAlt = 1,       // '#': keep the decimal point and trailing zeros
    kDtsfAddDot0 = 2,   // repr-style: integral values get ".0"
    kDtsfNoNegZero = 4, // 'z': a result that shows as zero drops its '-'
};

// PyOS_double_to_string: code is one of e E f F g G r; for 'r' precision is
// ignored.  The only sign ever written is a leading '-'.
std::string doubleToString(double x, char code, int precision, unsigned flags);

// Correctly rounded parse of [sign] digits [. digits] [(e|E) [sign] digits],
// the grammar _Py_dg_strtod accepts; overflow gives +-inf and underflow +-0.0
// as in CPython.  std::nullopt if `text` is not entirely such a number.
std::optional<double> parseDecimal(std::string_view text);

} // namespace aw::text
