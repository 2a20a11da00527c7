#include "bigint_value.h"

#include "protocol.h"

#include "core/run_meter.h"

namespace aw::py {

namespace {

// CPython 3.11's sys.get_int_max_str_digits() default: int<->str conversions are quadratic.
constexpr size_t kMaxStrDigits = 4300;

// Limb multiplications per statement-sized unit of the step budget: a statement of the
// interpreter costs about as much as a few hundred of them.
constexpr uint64_t kLimbOpsPerUnit = 256;

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

std::string bigToDecimal(const BigInt &v)
{
    // log10(2) < 0.30103: a value of b bits has more than (b - 1) * 0.30103 digits, so
    // anything that long is refused before the quadratic conversion starts.
    const uint64_t bits = v.bitLength();
    if (bits > 1 && static_cast<double>(bits - 1) * 0.30102999 >= static_cast<double>(kMaxStrDigits))
        raise(builtin::ValueError(), std::string("Exceeds the limit (4300 digits) for integer string conversion")
                                         + kLimitAdvice);
    std::string text = v.toString();
    if (text.size() - (v.isNegative() ? 1 : 0) > kMaxStrDigits)
        raise(builtin::ValueError(), std::string("Exceeds the limit (4300 digits) for integer string conversion")
                                         + kLimitAdvice);
    return text;
}

BigInt bigFromDecimal(std::string_view digits)
{
    if (digits.size() > kMaxStrDigits)
        raise(builtin::ValueError(), "Exceeds the limit (4300 digits) for integer string conversion: value has "
                                         + std::to_string(digits.size()) + " digits" + kLimitAdvice);
    return *BigInt::fromDigits(digits, 10);
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
