// int(), float() and bool() and the methods and attributes of numbers. Arithmetic, hashing
// and reprs are in numbers.cpp.

#include "args.h"
#include "builtins_support.h"
#include "function.h"
#include "protocol.h"
#include "text_bridge.h"
#include "type_setup.h"

#include "core/containers.h"
#include "core/str.h"
#include "text/number_parse.h"
#include "text/py_arith.h"
#include "text/unicode_props.h"
#include "text/utf8.h"

#include <cmath>

namespace aw::py {

namespace {

// The text int() parses: Unicode whitespace becomes ' ' and decimal digits of any script
// become ASCII digits, as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII; anything
// else outside ASCII becomes '?', which no base accepts.
std::string asciiDigits(std::string_view utf8)
{
    std::string out;
    for (size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = text::nextCodePoint(utf8, pos);
        if (cp < 0x80)
            out += static_cast<char>(cp);
        else if (text::isSpace(cp))
            out += ' ';
        else if (const int d = text::decimalValue(cp); d >= 0)
            out += static_cast<char>('0' + d);
        else
            out += '?';
    }
    return out;
}

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Skips a "0x"/"0o"/"0b" prefix that agrees with the base (or sets the base when it is 0).
bool skipPrefix(std::string_view s, size_t &i, int &base)
{
    if (i + 1 >= s.size() || s[i] != '0')
        return false;
    const char p = static_cast<char>(s[i + 1] | 0x20);
    const int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefixBase == 0 || (base != 0 && base != prefixBase))
        return false;
    base = prefixBase;
    i += 2;
    return true;
}

// PyLong_FromString's grammar: whitespace, sign, prefix, digits with single underscores
// between them (and right after a prefix), whitespace. Nullopt when the text is invalid;
// `overflow` when it is valid but beyond int64.
std::optional<int64_t> parseIntDigits(std::string_view s, int base, bool &overflow)
{
    size_t i = 0;
    while (i < s.size() && isAsciiSpace(s[i]))
        ++i;
    const bool negative = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    const bool baseZero = base == 0;
    const bool prefixed = skipPrefix(s, i, base);
    if (base == 0)
        base = 10;
    const bool leadingZero = baseZero && !prefixed && i < s.size() && s[i] == '0';
    uint64_t magnitude = 0;
    bool anyDigit = false, pendingUnderscore = false, underscoreOk = prefixed;
    for (; i < s.size(); ++i) {
        if (s[i] == '_') {
            if (!underscoreOk)
                return std::nullopt;
            underscoreOk = false;
            pendingUnderscore = true;
            continue;
        }
        const int d = digitValue(s[i]);
        if (d >= base)
            break;
        overflow = overflow || __builtin_mul_overflow(magnitude, uint64_t(base), &magnitude)
            || __builtin_add_overflow(magnitude, uint64_t(d), &magnitude);
        anyDigit = underscoreOk = true;
        pendingUnderscore = false;
    }
    if (!anyDigit || pendingUnderscore)
        return std::nullopt;
    while (i < s.size() && isAsciiSpace(s[i]))
        ++i;
    if (i != s.size() || (leadingZero && magnitude != 0))
        return std::nullopt;
    const uint64_t limit = negative ? uint64_t(1) << 63 : (uint64_t(1) << 63) - 1;
    overflow = overflow || magnitude > limit;
    return negative ? static_cast<int64_t>(uint64_t(0) - magnitude) : static_cast<int64_t>(magnitude);
}

int64_t parseIntText(const std::string &utf8, int base)
{
    bool overflow = false;
    auto v = parseIntDigits(asciiDigits(utf8), base, overflow);
    if (!v) {
        const bool truncated = text::codePointCount(utf8) > 200;
        const std::string shown = truncated ? utf8.substr(0, text::codePointOffset(utf8, 200)) : utf8;
        raise(builtin::ValueError(),
              "invalid literal for int() with base " + std::to_string(base) + ": " + repr(aw::str(shown)));
    }
    if (overflow)
        integerOverflow();
    return *v;
}

// The int an __int__/__index__/__trunc__ hook returned, with CPython's complaint otherwise.
Value intResult(const Value &r, const char *hook)
{
    if (!isIntValue(r))
        raise(builtin::TypeError(), std::string(hook) + " returned non-int (type " + typeName(r) + ")");
    return Value::integer(r.asInt());
}

// int(x) with no base (PyNumber_Long).
Value intOf(const Value &x)
{
    if (isIntValue(x))
        return Value::integer(x.asInt());
    if (x.isFloat())
        return Value::integer(unwrap(text::floatToInt(x.asFloat())));
    if (auto *s = x.as<StrObject>())
        return Value::integer(parseIntText(s->utf8(), 10));
    Value method;
    if (lookupSpecial(x, "__int__", method))
        return intResult(call(method, {}), "__int__");
    if (lookupSpecial(x, "__index__", method))
        return intResult(call(method, {}), "__index__");
    if (lookupSpecial(x, "__trunc__", method)) {
        Value r = call(method, {});
        if (isIntValue(r))
            return Value::integer(r.asInt());
        if (!lookupSpecial(r, "__index__", method))
            raise(builtin::TypeError(), "__trunc__ returned non-Integral (type " + typeName(r) + ")");
        return intResult(call(method, {}), "__index__");
    }
    raise(builtin::TypeError(),
          "int() argument must be a string, a bytes-like object or a real number, not '" + typeName(x) + "'");
}

Value newInt(TypeObject *cls, const CallArgs &args)
{
    if (cls != intType())
        raise(builtin::TypeError(), "subclasses of int are not supported in scenarios");
    for (const auto &kw : args.keywords) {
        if (strText(kw.first) != "base")
            raise(builtin::TypeError(), "'" + strText(kw.first) + "' is an invalid keyword argument for int()");
    }
    if (args.positional.size() > 2)
        raise(builtin::TypeError(),
              "int() takes at most 2 arguments (" + std::to_string(args.positional.size()) + " given)");
    const Value *base = args.positional.size() == 2 ? &args.positional[1] : keyword(args, "base");
    if (args.positional.empty()) {
        if (base)
            raise(builtin::TypeError(), "int() missing string argument");
        return Value::integer(0);
    }
    const Value &x = args.positional[0];
    if (!base)
        return intOf(x);
    const int64_t b = toInt(*base);
    if ((b != 0 && b < 2) || b > 36)
        raise(builtin::ValueError(), "int() base must be >= 2 and <= 36, or 0");
    auto *s = x.as<StrObject>();
    if (!s)
        raise(builtin::TypeError(), "int() can't convert non-string with explicit base");
    return Value::integer(parseIntText(s->utf8(), static_cast<int>(b)));
}

Value newFloat(TypeObject *cls, const CallArgs &args)
{
    if (cls != floatType())
        raise(builtin::TypeError(), "subclasses of float are not supported in scenarios");
    noKeywords(args, "float");
    if (args.positional.size() > 1)
        raise(builtin::TypeError(), "float expected at most 1 argument, got " + std::to_string(args.positional.size()));
    if (args.positional.empty())
        return Value::floating(0.0);
    const Value &x = args.positional[0];
    if (auto *s = x.as<StrObject>())
        return Value::floating(unwrap(text::floatFromString(s->utf8())));
    Value method;
    if (!x.isFloat() && !isIntValue(x) && !lookupSpecial(x, "__float__", method)
        && !lookupSpecial(x, "__index__", method))
        raise(builtin::TypeError(), "float() argument must be a string or a real number, not '" + typeName(x) + "'");
    return Value::floating(asDouble(x));
}

Value newBool(TypeObject *, const CallArgs &args)
{
    noKeywords(args, "bool");
    if (args.positional.size() > 1)
        raise(builtin::TypeError(), "bool expected at most 1 argument, got " + std::to_string(args.positional.size()));
    return Value::boolean(!args.positional.empty() && truthy(args.positional[0]));
}

// float.as_integer_ratio: doubles the mantissa until it is integral, as floatobject.c.
Value floatRatio(double x)
{
    if (std::isinf(x))
        raise(builtin::OverflowError(), "cannot convert Infinity to integer ratio");
    if (std::isnan(x))
        raise(builtin::ValueError(), "cannot convert NaN to integer ratio");
    int exponent = 0;
    double part = std::frexp(x, &exponent);
    for (int i = 0; i < 300 && part != std::floor(part); ++i) {
        part *= 2.0;
        --exponent;
    }
    int64_t numerator = static_cast<int64_t>(part);
    int64_t denominator = 1;
    if (exponent > 0) {
        if (exponent >= 63 || std::fabs(part) >= std::ldexp(1.0, 63 - exponent))
            integerOverflow();
        numerator *= int64_t(1) << exponent;
    } else if (exponent < 0) {
        if (-exponent >= 63)
            integerOverflow();
        denominator = int64_t(1) << -exponent;
    }
    return tuple({Value::integer(numerator), Value::integer(denominator)});
}

Value floatToIntValue(double d)
{
    return Value::integer(unwrap(text::floatToInt(d)));
}

Value roundInt(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "__round__", {"ndigits"}, 0);
    if (a[0].isNone())
        return Value::integer(self.asInt());
    return Value::integer(unwrap(text::roundInt(self.asInt(), toInt(a[0]))));
}

Value roundFloat(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "__round__", {"ndigits"}, 0);
    if (a[0].isNone())
        return Value::integer(unwrap(text::roundToInt(self.asFloat())));
    return Value::floating(unwrap(text::roundFloat(self.asFloat(), toInt(a[0]))));
}

int bitLength(int64_t v)
{
    const uint64_t magnitude = v < 0 ? uint64_t(0) - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return magnitude == 0 ? 0 : 64 - __builtin_clzll(magnitude);
}

int bitCount(int64_t v)
{
    const uint64_t magnitude = v < 0 ? uint64_t(0) - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return __builtin_popcountll(magnitude);
}

void defineNoArg(TypeObject *type, const std::string &name, Value (*fn)(const Value &self))
{
    defineMethod(type, name, [name, fn](const Value &self, const CallArgs &args) {
        noArgs(args, name);
        return fn(self);
    });
}

void setupIntMethods()
{
    TypeObject *t = intType();
    t->slots.newInstance = newInt;
    defineNoArg(t, "bit_length", [](const Value &v) { return Value::integer(bitLength(v.asInt())); });
    defineNoArg(t, "bit_count", [](const Value &v) { return Value::integer(bitCount(v.asInt())); });
    defineNoArg(t, "conjugate", [](const Value &v) { return Value::integer(v.asInt()); });
    defineNoArg(t, "as_integer_ratio", [](const Value &v) {
        return tuple({Value::integer(v.asInt()), Value::integer(1)});
    });
    for (const char *name : {"__index__", "__int__", "__trunc__", "__floor__", "__ceil__"})
        defineNoArg(t, name, [](const Value &v) { return Value::integer(v.asInt()); });
    defineNoArg(t, "__float__", [](const Value &v) { return Value::floating(static_cast<double>(v.asInt())); });
    defineMethod(t, "__round__", roundInt);
    defineGetSet(t, "real", [](const Value &v) { return Value::integer(v.asInt()); });
    defineGetSet(t, "numerator", [](const Value &v) { return Value::integer(v.asInt()); });
    defineGetSet(t, "imag", [](const Value &) { return Value::integer(0); });
    defineGetSet(t, "denominator", [](const Value &) { return Value::integer(1); });
}

void setupFloatMethods()
{
    TypeObject *t = floatType();
    t->slots.newInstance = newFloat;
    defineNoArg(t, "is_integer", [](const Value &v) {
        const double d = v.asFloat();
        return Value::boolean(std::isfinite(d) && std::floor(d) == d);
    });
    defineNoArg(t, "as_integer_ratio", [](const Value &v) { return floatRatio(v.asFloat()); });
    defineNoArg(t, "conjugate", [](const Value &v) { return v; });
    defineNoArg(t, "__float__", [](const Value &v) { return v; });
    defineNoArg(t, "__int__", [](const Value &v) { return floatToIntValue(v.asFloat()); });
    defineNoArg(t, "__trunc__", [](const Value &v) { return floatToIntValue(v.asFloat()); });
    defineNoArg(t, "__floor__", [](const Value &v) { return floatToIntValue(std::floor(v.asFloat())); });
    defineNoArg(t, "__ceil__", [](const Value &v) { return floatToIntValue(std::ceil(v.asFloat())); });
    defineMethod(t, "__round__", roundFloat);
    defineGetSet(t, "real", [](const Value &v) { return v; });
    defineGetSet(t, "imag", [](const Value &) { return Value::floating(0.0); });
}

} // namespace

void setupNumberTypes()
{
    setupIntMethods();
    setupFloatMethods();
    boolType()->slots.newInstance = newBool;
}

} // namespace aw::py
