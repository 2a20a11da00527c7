#include "py_arith.h"

#include "float_digits.h"

#include <bit>
#include <cerrno>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace aw::text {
namespace {

__extension__ using Int128 = __int128;
__extension__ using UInt128 = unsigned __int128;

PyError zeroDivision(const char *message)
{
    return {PyErrorKind::ZeroDivisionError, message};
}

PyError intOverflow()
{
    return {PyErrorKind::IntOverflow, "int too large for int64"};
}

std::uint64_t magnitude(std::int64_t value)
{
    return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

bool isOddInteger(double x)
{
    return std::fmod(std::fabs(x), 2.0) == 1.0;
}

// _float_div_mod: fmod is exact, and the quotient is snapped to the nearest
// integer because (a - mod) / b is only approximately integral.
std::pair<double, double> floatDivMod(double a, double b)
{
    double mod = std::fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, b);
    }
    double floorDiv = 0;
    if (div != 0) {
        floorDiv = std::floor(div);
        if (div - floorDiv > 0.5)
            floorDiv += 1.0;
    } else {
        floorDiv = std::copysign(0.0, a / b);
    }
    return {floorDiv, mod};
}

// Special cases of float_pow that the C library gets wrong or that Python
// defines differently; nullopt when plain pow() applies.
std::optional<Result<double>> powSpecialCase(double base, double exponent)
{
    if (exponent == 0)
        return 1.0;
    if (std::isnan(base))
        return base;
    if (std::isnan(exponent))
        return base == 1.0 ? 1.0 : exponent;
    if (std::isinf(exponent)) {
        const double absBase = std::fabs(base);
        if (absBase == 1.0)
            return 1.0;
        return (exponent > 0) == (absBase > 1.0) ? std::fabs(exponent) : 0.0;
    }
    if (std::isinf(base)) {
        const bool odd = isOddInteger(exponent);
        if (exponent > 0)
            return odd ? base : std::fabs(base);
        return odd ? std::copysign(0.0, base) : 0.0;
    }
    if (base == 0.0) {
        if (exponent < 0)
            return Result<double>(zeroDivision("0.0 cannot be raised to a negative power"));
        return isOddInteger(exponent) ? base : 0.0;
    }
    return std::nullopt;
}

} // namespace

Result<std::int64_t> floorDiv(std::int64_t a, std::int64_t b)
{
    if (b == 0)
        return zeroDivision("integer division or modulo by zero");
    if (a == std::numeric_limits<std::int64_t>::min() && b == -1)
        return intOverflow();
    std::int64_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0)))
        --q;
    return q;
}

Result<std::int64_t> floorMod(std::int64_t a, std::int64_t b)
{
    if (b == 0)
        return zeroDivision("integer modulo by zero");
    if (b == -1)
        return std::int64_t{0};
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

Result<std::pair<std::int64_t, std::int64_t>> divMod(std::int64_t a, std::int64_t b)
{
    if (b == 0)
        return zeroDivision("integer division or modulo by zero");
    Result<std::int64_t> q = floorDiv(a, b);
    if (!q)
        return q.error();
    return std::pair{*q, *floorMod(a, b)};
}

Result<double> trueDiv(std::int64_t a, std::int64_t b)
{
    if (b == 0)
        return zeroDivision("division by zero");
    constexpr std::uint64_t kExact = std::uint64_t{1} << 53;
    const std::uint64_t n = magnitude(a);
    const std::uint64_t d = magnitude(b);
    const bool negative = (a < 0) != (b < 0);
    if (n <= kExact && d <= kExact)
        return static_cast<double>(a) / static_cast<double>(b);
    // Scale so the integer quotient has at least 55 bits, then fold the
    // remainder into a sticky bit: converting that to double rounds exactly
    // as the true quotient would.
    const int shift = std::max(0, 55 + static_cast<int>(std::bit_width(d)) - static_cast<int>(std::bit_width(n)));
    const UInt128 scaled = static_cast<UInt128>(n) << shift;
    auto q = static_cast<std::uint64_t>(scaled / d);
    if (scaled % d != 0)
        q |= 1;
    const double result = std::ldexp(static_cast<double>(q), -shift);
    return negative ? -result : result;
}

Result<double> floorDiv(double a, double b)
{
    if (b == 0.0)
        return zeroDivision("float floor division by zero");
    return floatDivMod(a, b).first;
}

Result<double> floorMod(double a, double b)
{
    if (b == 0.0)
        return zeroDivision("float modulo");
    double mod = std::fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0))
            mod += b;
    } else {
        mod = std::copysign(0.0, b);
    }
    return mod;
}

Result<std::pair<double, double>> divMod(double a, double b)
{
    if (b == 0.0)
        return zeroDivision("float divmod()");
    return floatDivMod(a, b);
}

Result<double> trueDiv(double a, double b)
{
    if (b == 0.0)
        return zeroDivision("float division by zero");
    return a / b;
}

Result<double> roundFloat(double x, std::int64_t ndigits)
{
    // Beyond these, every double rounds to itself or to zero (log10(2) bounds).
    constexpr std::int64_t kMaxDigits = 323;
    constexpr std::int64_t kMinDigits = -308;
    if (!std::isfinite(x) || ndigits > kMaxDigits)
        return x;
    if (ndigits < kMinDigits)
        return 0.0 * x;
    const DecimalDigits rounded = fixedDigits(x, static_cast<int>(ndigits));
    const std::string text = (rounded.negative ? "-0" : "0") + rounded.digits + "e" +
                             std::to_string(rounded.decpt - static_cast<int>(rounded.digits.size()));
    const double value = *parseDecimal(text);
    if (std::isinf(value))
        return PyError{PyErrorKind::OverflowError, "rounded value too large to represent"};
    return value;
}

Result<std::variant<std::int64_t, double>> powInt(std::int64_t base, std::int64_t exponent)
{
    using Value = std::variant<std::int64_t, double>;
    if (exponent < 0) {
        Result<double> value = powFloat(static_cast<double>(base), static_cast<double>(exponent));
        return value ? Result<Value>(Value{*value}) : Result<Value>(value.error());
    }
    std::int64_t result = 1;
    std::int64_t square = base;
    while (true) {
        if ((exponent & 1) != 0 && __builtin_mul_overflow(result, square, &result))
            return intOverflow();
        exponent >>= 1;
        if (exponent == 0)
            return Value{result};
        if (__builtin_mul_overflow(square, square, &square))
            return intOverflow();
    }
}

Result<double> powFloat(double base, double exponent)
{
    if (std::optional<Result<double>> special = powSpecialCase(base, exponent))
        return *special;
    bool negate = false;
    if (base < 0.0) {
        if (exponent != std::floor(exponent))
            return PyError{PyErrorKind::ComplexResult, "negative number cannot be raised to a fractional power"};
        base = -base;
        negate = isOddInteger(exponent);
    }
    if (base == 1.0)
        return negate ? -1.0 : 1.0;
    errno = 0;
    double result = std::pow(base, exponent);
    // _Py_ADJUST_ERANGE1: overflow is an error, underflow to zero is not.
    int error = errno;
    if (error == 0 && std::isinf(result))
        error = ERANGE;
    else if (error == ERANGE && result == 0.0)
        error = 0;
    if (error != 0)
        return PyError{PyErrorKind::OverflowError, "(34, 'Numerical result out of range')"};
    return negate ? -result : result;
}

Result<std::int64_t> powMod(std::int64_t base, std::int64_t exponent, std::int64_t modulus)
{
    if (modulus == 0)
        return valueError("pow() 3rd argument cannot be 0");
    const UInt128 m = magnitude(modulus);
    Int128 b = static_cast<Int128>(base) % static_cast<Int128>(m);
    if (b < 0)
        b += static_cast<Int128>(m);
    if (exponent < 0) {
        // Extended Euclid for the inverse of b modulo m.
        Int128 oldR = b, r = static_cast<Int128>(m), oldS = 1, s = 0;
        while (r != 0) {
            const Int128 q = oldR / r;
            const Int128 nextR = oldR - q * r;
            const Int128 nextS = oldS - q * s;
            oldR = r;
            r = nextR;
            oldS = s;
            s = nextS;
        }
        if (oldR != 1 && m != 1)
            return valueError("base is not invertible for the given modulus");
        b = oldS % static_cast<Int128>(m);
        if (b < 0)
            b += static_cast<Int128>(m);
    }
    UInt128 result = 1 % m;
    auto square = static_cast<UInt128>(b);
    for (UInt128 e = magnitude(exponent); e != 0; e >>= 1) {
        if ((e & 1) != 0)
            result = result * square % m;
        square = square * square % m;
    }
    Int128 value = static_cast<Int128>(result);
    if (modulus < 0 && value != 0)
        value -= static_cast<Int128>(m);
    return static_cast<std::int64_t>(value);
}

} // namespace aw::text
