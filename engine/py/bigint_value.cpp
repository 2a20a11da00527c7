#include "bigint_value.h"

#include "protocol.h"
#include "text_bridge.h"

#include "core/run_meter.h"

#include <algorithm>
#include <cmath>

namespace aw::py {

namespace {

// CPython 3.11's sys.get_int_max_str_digits() default: int<->str conversions are quadratic.
constexpr size_t kMaxStrDigits = 4300;

// Limb multiplications per unit of the step budget: a statement of the interpreter takes
// about as long as a dozen or two of them, so a runaway power stops about as soon as a
// runaway loop would.
constexpr uint64_t kLimbOpsPerUnit = 16;

const char *const kLimitAdvice = "; use sys.set_int_max_str_digits() to increase the limit";

void chargeWork(uint64_t limbOps, size_t resultBytes)
{
    RunMeter::reserve(resultBytes);
    if (limbOps >= kLimbOpsPerUnit)
        RunMeter::charge(static_cast<int64_t>(std::min<uint64_t>(limbOps / kLimbOpsPerUnit, INT64_MAX / 4)));
}

} // namespace

BigIntObject::BigIntObject(BigInt value) : Object(intType()), m_value(std::move(value))
{
}

Value intValue(BigInt value)
{
    if (const std::optional<int64_t> small = value.toInt64())
        return Value::integer(*small);
    return Value(make<BigIntObject>(std::move(value)));
}

bool isAnyInt(const Value &v)
{
    return v.isInt() || v.isBool() || v.as<BigIntObject>();
}

BigInt bigOf(const Value &v)
{
    if (auto *big = v.as<BigIntObject>())
        return big->value();
    return BigInt(v.asInt());
}

double bigToDouble(const BigInt &v)
{
    const std::optional<double> d = v.toDouble();
    if (!d)
        raise(builtin::OverflowError(), "int too large to convert to float");
    return *d;
}

Value intFromDouble(double d)
{
    if (std::isnan(d))
        raise(builtin::ValueError(), "cannot convert float NaN to integer");
    if (std::isinf(d))
        raise(builtin::OverflowError(), "cannot convert float infinity to integer");
    return intValue(BigInt::fromDouble(d));
}

Value plainInt(const Value &v)
{
    return v.isBool() ? Value::integer(v.asInt()) : v;
}

text::Result<std::string> bigDecimal(const BigInt &v)
{
    const text::PyError tooLong{text::PyErrorKind::ValueError,
                                std::string("Exceeds the limit (4300 digits) for integer string conversion")
                                    + kLimitAdvice};
    // log10(2) < 0.30103: a value of b bits has more than (b - 1) * 0.30103 digits, so
    // anything that long is refused before the quadratic conversion starts.
    const uint64_t bits = v.bitLength();
    if (bits > 1 && static_cast<double>(bits - 1) * 0.30102999 >= static_cast<double>(kMaxStrDigits))
        return tooLong;
    std::string text = v.toString();
    if (text.size() - (v.isNegative() ? 1 : 0) > kMaxStrDigits)
        return tooLong;
    return text;
}

std::string bigToDecimal(const BigInt &v)
{
    return unwrap(bigDecimal(v));
}

text::IntDigits formatDigitsOf(const BigInt &v)
{
    const BigInt magnitude = v.abs();
    text::IntDigits digits;
    digits.negative = v.isNegative();
    digits.magnitude = [magnitude](int base) {
        return base == 10 ? bigDecimal(magnitude) : text::Result<std::string>(magnitude.magnitudeString(base));
    };
    digits.toDouble = [v]() -> text::Result<double> {
        if (const std::optional<double> d = v.toDouble())
            return *d;
        return text::PyError{text::PyErrorKind::OverflowError, "int too large to convert to float"};
    };
    digits.small = v.toInt64();
    return digits;
}

BigInt bigFromDigits(std::string_view digits, int base)
{
    if ((base & (base - 1)) != 0 && digits.size() > kMaxStrDigits)
        raise(builtin::ValueError(), "Exceeds the limit (4300 digits) for integer string conversion: value has "
                                         + std::to_string(digits.size()) + " digits" + kLimitAdvice);
    return *BigInt::fromDigits(digits, base);
}

void raiseIndexOverflow(TypeObject *errorType)
{
    raise(errorType, "cannot fit 'int' into an index-sized integer");
}

void installBigIntWorkHook()
{
    BigInt::setWorkHook(chargeWork);
}

} // namespace aw::py
