// Python's arithmetic rules for int (as int64_t) and float where they differ
// from C++: floor division and modulo signs, divmod, round() with ties to
// even and correctly rounded decimal places, int(float), ** and pow().
// Results outside int64_t come back as PyErrorKind::IntOverflow, which is the
// interpreter's cue to use big integers, never as wrapped values.
#pragma once

#include "py_error.h"

#include <cstdint>
#include <utility>
#include <variant>

namespace aw::text {

Result<std::int64_t> floorDiv(std::int64_t a, std::int64_t b);
Result<std::int64_t> floorMod(std::int64_t a, std::int64_t b);
Result<std::pair<std::int64_t, std::int64_t>> divMod(std::int64_t a, std::int64_t b);
// a / b, correctly rounded even when the operands exceed 2**53.
Result<double> trueDiv(std::int64_t a, std::int64_t b);

// float_floor_div, float_rem, float_divmod and float_div of floatobject.c.
Result<double> floorDiv(double a, double b);
Result<double> floorMod(double a, double b);
Result<std::pair<double, double>> divMod(double a, double b);
Result<double> trueDiv(double a, double b);

// round(x, ndigits) for a float, through the correctly rounded decimal string
// as CPython does, so round(2.675, 2) == 2.67.
Result<double> roundFloat(double x, std::int64_t ndigits);

// a ** b for ints: an int for b >= 0, a float for b < 0 (2 ** -1 == 0.5).
Result<std::variant<std::int64_t, double>> powInt(std::int64_t base, std::int64_t exponent);
// a ** b for floats (float_pow).  A negative base with a non-integral
// exponent gives PyErrorKind::ComplexResult, where CPython returns a complex.
Result<double> powFloat(double base, double exponent);
// pow(base, exponent, modulus) for ints, including modular inverses for
// negative exponents.
Result<std::int64_t> powMod(std::int64_t base, std::int64_t exponent, std::int64_t modulus);

} // namespace aw::text
