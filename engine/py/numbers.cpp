// None, bool, int and float: the immediate values, and the types of ints beyond int64.
// Arithmetic follows CPython through the text library's exact helpers on immediates and
// promotes to big integers when a result does not fit.

#include "bigint_arith.h"
#include "bigint_value.h"
#include "protocol.h"

#include "core/str.h"
#include "text/number_format.h"
#include "text/py_arith.h"
#include "text_bridge.h"

#include <cmath>

namespace aw::py {

void raiseTextError(const text::PyError &error)
{
    switch (error.kind) {
    case text::PyErrorKind::ValueError: raise(builtin::ValueError(), error.message);
    case text::PyErrorKind::TypeError: raise(builtin::TypeError(), error.message);
    case text::PyErrorKind::OverflowError: raise(builtin::OverflowError(), error.message);
    case text::PyErrorKind::ZeroDivisionError: raise(builtin::ZeroDivisionError(), error.message);
    case text::PyErrorKind::IndexError: raise(builtin::IndexError(), error.message);
    case text::PyErrorKind::IntOverflow:
        // The int operators promote instead; a helper that still reports it is outside them.
        raise(builtin::OverflowError(), "integer result too large for this operation in scenarios");
    case text::PyErrorKind::ComplexResult:
        raise(builtin::ValueError(), "complex numbers are not supported in scenarios");
    }
    raise(builtin::SystemError(), error.message);
}

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int kHashBits = 61;

int64_t fixHash(int64_t h)
{
    return h == -1 ? -2 : h;
}

int64_t hashInt(int64_t v)
{
    const bool negative = v < 0;
    const uint64_t magnitude = negative ? uint64_t(0) - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    const auto h = static_cast<int64_t>(magnitude % kHashModulus);
    return fixHash(negative ? -h : h);
}

// CPython's _Py_HashDouble: equal numbers hash equal whatever their type.
int64_t hashDouble(double v)
{
    if (std::isinf(v))
        return v > 0 ? 314159 : -314159;
    if (std::isnan(v))
        return 0;
    int e = 0;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0;
        e -= 28;
        const auto y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus)
            x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    return fixHash(static_cast<int64_t>(x) * sign);
}

bool isIntLike(const Value &v)
{
    return isAnyInt(v);
}

// Among the values these slots receive as numbers, only big ints are objects.
bool isBig(const Value &v)
{
    return v.isObject();
}

bool isNumber(const Value &v)
{
    return isIntLike(v) || v.isFloat();
}

double asDouble(const Value &v)
{
    if (v.isFloat())
        return v.asFloat();
    return isBig(v) ? bigToDouble(bigOf(v)) : static_cast<double>(v.asInt());
}

// An int against a float, exactly (float_richcompare): ints past 2**53 are not rounded.
int compareIntFloat(const Value &i, double d)
{
    constexpr int64_t kExact = int64_t(1) << 53;
    if (!isBig(i) && i.asInt() >= -kExact && i.asInt() <= kExact) {
        const auto x = static_cast<double>(i.asInt());
        return x < d ? -1 : (x > d ? 1 : 0);
    }
    return BigInt::compare(bigOf(i), d);
}

bool holds(int c, CompareOp op)
{
    switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
    }
    return false;
}

template<typename T>
int cmp3(T a, T b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

Value compareNumbers(const Value &a, const Value &b, CompareOp op)
{
    if (!isNumber(b))
        return notImplemented();
    bool result = false;
    if (isIntLike(a) && isIntLike(b) && (isBig(a) || isBig(b)))
        return Value::boolean(holds(BigInt::compare(bigOf(a), bigOf(b)), op));
    if (isIntLike(a) != isIntLike(b)) {
        const double d = isIntLike(a) ? b.asFloat() : a.asFloat();
        if (std::isnan(d))
            return Value::boolean(op == CompareOp::Ne);
        const int c = isIntLike(a) ? compareIntFloat(a, d) : -compareIntFloat(b, d);
        return Value::boolean(holds(c, op));
    }
    if (isIntLike(a) && isIntLike(b)) {
        const int64_t x = a.asInt(), y = b.asInt();
        switch (op) {
        case CompareOp::Lt: result = x < y; break;
        case CompareOp::Le: result = x <= y; break;
        case CompareOp::Eq: result = x == y; break;
        case CompareOp::Ne: result = x != y; break;
        case CompareOp::Gt: result = x > y; break;
        case CompareOp::Ge: result = x >= y; break;
        }
        return Value::boolean(result);
    }
    const double x = asDouble(a), y = asDouble(b);
    switch (op) {
    case CompareOp::Lt: result = x < y; break;
    case CompareOp::Le: result = x <= y; break;
    case CompareOp::Eq: result = x == y; break;
    case CompareOp::Ne: result = x != y; break;
    case CompareOp::Gt: result = x > y; break;
    case CompareOp::Ge: result = x >= y; break;
    }
    return Value::boolean(result);
}

// Int arithmetic on immediates; what does not fit in int64 is redone on big integers.
Value intArith(int64_t x, int64_t y, BinaryOp op)
{
    int64_t r = 0;
    switch (op) {
    case BinaryOp::Add:
        if (!__builtin_add_overflow(x, y, &r))
            return Value::integer(r);
        break;
    case BinaryOp::Sub:
        if (!__builtin_sub_overflow(x, y, &r))
            return Value::integer(r);
        break;
    case BinaryOp::Mul:
        if (!__builtin_mul_overflow(x, y, &r))
            return Value::integer(r);
        break;
    case BinaryOp::TrueDiv: return Value::floating(unwrap(text::trueDiv(x, y)));
    case BinaryOp::FloorDiv:
        if (x == INT64_MIN && y == -1)
            break;
        return Value::integer(unwrap(text::floorDiv(x, y)));
    case BinaryOp::Mod: return Value::integer(unwrap(text::floorMod(x, y)));
    case BinaryOp::Pow: {
        auto p = text::powInt(x, y);
        if (!p && p.error().kind == text::PyErrorKind::IntOverflow)
            break;
        auto value = unwrap(std::move(p));
        if (auto *i = std::get_if<int64_t>(&value))
            return Value::integer(*i);
        return Value::floating(std::get<double>(value));
    }
    case BinaryOp::LShift:
        if (y < 0)
            raise(builtin::ValueError(), "negative shift count");
        if (x == 0)
            return Value::integer(0);
        if (y >= 63 || (x > 0 ? x > (INT64_MAX >> y) : x < (INT64_MIN >> y)))
            break;
        return Value::integer(static_cast<int64_t>(static_cast<uint64_t>(x) << y));
    case BinaryOp::RShift:
        if (y < 0)
            raise(builtin::ValueError(), "negative shift count");
        return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
    case BinaryOp::And: return Value::integer(x & y);
    case BinaryOp::Or: return Value::integer(x | y);
    case BinaryOp::Xor: return Value::integer(x ^ y);
    case BinaryOp::MatMul:
    case BinaryOp::Count: return notImplemented();
    }
    return bigBinary(BigInt(x), BigInt(y), op);
}

Value floatArith(double x, double y, BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add: return Value::floating(x + y);
    case BinaryOp::Sub: return Value::floating(x - y);
    case BinaryOp::Mul: return Value::floating(x * y);
    case BinaryOp::TrueDiv: return Value::floating(unwrap(text::trueDiv(x, y)));
    case BinaryOp::FloorDiv: return Value::floating(unwrap(text::floorDiv(x, y)));
    case BinaryOp::Mod: return Value::floating(unwrap(text::floorMod(x, y)));
    case BinaryOp::Pow: return Value::floating(unwrap(text::powFloat(x, y)));
    default: break;
    }
    return notImplemented();
}

template<BinaryOp Op>
Value numberBinary(const Value &a, const Value &b)
{
    // Two small ints is nearly every operation a scenario does: no type tests needed.
    if (a.isInt() && b.isInt())
        return intArith(a.asInt(), b.asInt(), Op);
    if (!isNumber(a) || !isNumber(b))
        return notImplemented();
    if (isIntLike(a) && isIntLike(b)) {
        if (isBig(a) || isBig(b))
            return bigBinary(bigOf(a), bigOf(b), Op);
        Value r = intArith(a.asInt(), b.asInt(), Op);
        // bool & bool, bool | bool, bool ^ bool stay bool.
        if (a.isBool() && b.isBool() && (Op == BinaryOp::And || Op == BinaryOp::Or || Op == BinaryOp::Xor))
            return Value::boolean(r.asInt() != 0);
        return r;
    }
    return floatArith(asDouble(a), asDouble(b), Op);
}

template<size_t... I>
void fillBinary(TypeSlots &s, std::index_sequence<I...>)
{
    ((s.binary[I] = numberBinary<static_cast<BinaryOp>(I)>), ...);
}

void numberSlots(TypeSlots &s)
{
    fillBinary(s, std::make_index_sequence<static_cast<size_t>(BinaryOp::Count)>());
    s.richCompare = compareNumbers;
    s.unary[static_cast<int>(UnaryOp::Neg)] = [](const Value &v) {
        if (v.isFloat())
            return Value::floating(-v.asFloat());
        if (isBig(v) || v.asInt() == INT64_MIN)
            return intValue(-bigOf(v));
        return Value::integer(-v.asInt());
    };
    s.unary[static_cast<int>(UnaryOp::Pos)] = [](const Value &v) {
        return v.isFloat() || isBig(v) ? v : Value::integer(v.asInt());
    };
}

} // namespace

TypeObject *noneType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("NoneType", "builtins", {});
        type->slots.repr = [](const Value &) { return std::string("None"); };
        type->slots.hash = [](const Value &) { return int64_t(-0x6b6e6f4e); };
        type->slots.truthy = [](const Value &) { return false; };
        return type;
    }();
    return t;
}

TypeObject *intType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("int", "builtins", {});
        numberSlots(type->slots);
        type->slots.repr = [](const Value &v) {
            return isBig(v) ? bigToDecimal(bigOf(v)) : text::intToString(v.asInt());
        };
        type->slots.hash = [](const Value &v) { return isBig(v) ? bigOf(v).hash() : hashInt(v.asInt()); };
        type->slots.unary[static_cast<int>(UnaryOp::Invert)] = [](const Value &v) {
            return isBig(v) ? intValue(~bigOf(v)) : Value::integer(~v.asInt());
        };
        installBigIntWorkHook();
        return type;
    }();
    return t;
}

TypeObject *boolType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("bool", "builtins", {intType()});
        type->slots = intType()->slots;
        type->slots.repr = [](const Value &v) { return std::string(v.asInt() ? "True" : "False"); };
        return type;
    }();
    return t;
}

TypeObject *floatType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("float", "builtins", {});
        numberSlots(type->slots);
        type->slots.repr = [](const Value &v) { return text::floatRepr(v.asFloat()); };
        type->slots.hash = [](const Value &v) {
            const double d = v.asFloat();
            if (std::trunc(d) == d && std::fabs(d) < 9.2e18)
                return hashInt(static_cast<int64_t>(d));
            return hashDouble(d);
        };
        return type;
    }();
    return t;
}

TypeObject *notImplementedType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("NotImplementedType", "builtins", {});
        type->slots.repr = [](const Value &) { return std::string("NotImplemented"); };
        return type;
    }();
    return t;
}

namespace {
class NotImplementedObject : public Object {
public:
    NotImplementedObject() : Object(notImplementedType()) { makeImmortal(); }
};
} // namespace

const Value &notImplemented()
{
    static const Value v(static_cast<Object *>(new NotImplementedObject));
    return v;
}

bool isNotImplemented(const Value &v)
{
    return v.isObject() && v.asObject() == notImplemented().asObject();
}

TypeObject *typeOf(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::None: return noneType();
    case Value::Kind::Bool: return boolType();
    case Value::Kind::Int: return intType();
    case Value::Kind::Float: return floatType();
    case Value::Kind::Object: break;
    }
    return v.asObject()->type();
}

} // namespace aw::py
