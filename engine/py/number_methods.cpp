// int(), float() and bool() and the methods and attributes of numbers. Arithmetic, hashing
// and reprs are in numbers.cpp.

#include "args.h"
#include "bigint_arith.h"
#include "bigint_value.h"
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

struct ParsedInt {
    bool negative = false;
    int base = 10;
    std::string digits; // without underscores
};

// PyLong_FromString's grammar: whitespace, sign, prefix, digits with single underscores
// between them (and right after a prefix), whitespace. Nullopt when the text is invalid.
std::optional<ParsedInt> parseIntDigits(std::string_view s, int base)
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
    ParsedInt parsed{negative, base, {}};
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
        parsed.digits += s[i];
        anyDigit = underscoreOk = true;
        pendingUnderscore = false;
    }
    if (!anyDigit || pendingUnderscore)
        return std::nullopt;
    while (i < s.size() && isAsciiSpace(s[i]))
        ++i;
    if (i != s.size() || (leadingZero && parsed.digits.find_first_not_of('0') != std::string::npos))
        return std::nullopt;
    return parsed;
}

Value parseIntText(const std::string &utf8, int base)
{
    auto v = parseIntDigits(asciiDigits(utf8), base);
    if (!v) {
        const bool truncated = text::codePointCount(utf8) > 200;
        const std::string shown = truncated ? utf8.substr(0, text::codePointOffset(utf8, 200)) : utf8;
        raise(builtin::ValueError(),
              "invalid literal for int() with base " + std::to_string(base) + ": " + repr(aw::str(shown)));
    }
    const BigInt magnitude = bigFromDigits(v->digits, v->base);
    return intValue(v->negative ? -magnitude : magnitude);
}

// The int an __int__/__index__/__trunc__ hook returned, with CPython's complaint otherwise.
Value intResult(const Value &r, const char *hook)
{
    if (!isAnyInt(r))
        raise(builtin::TypeError(), std::string(hook) + " returned non-int (type " + typeName(r) + ")");
    return plainInt(r);
}

// int(x) with no base (PyNumber_Long).
Value intOf(const Value &x)
{
    if (isAnyInt(x))
        return plainInt(x);
    if (x.isFloat())
        return intFromDouble(x.asFloat());
    if (auto *s = x.as<StrObject>())
        return parseIntText(s->utf8(), 10);
    Value method;
    if (lookupSpecial(x, "__int__", method))
        return intResult(call(method, {}), "__int__");
    if (lookupSpecial(x, "__index__", method))
        return intResult(call(method, {}), "__index__");
    if (lookupSpecial(x, "__trunc__", method)) {
        Value r = call(method, {});
        if (isAnyInt(r))
            return plainInt(r);
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
    return parseIntText(s->utf8(), static_cast<int>(b));
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
    const BigInt numerator = BigInt::fromDouble(part);
    if (exponent >= 0)
        return tuple({intValue(numerator.shiftLeft(static_cast<uint64_t>(exponent))), Value::integer(1)});
    return tuple({intValue(numerator), intValue(BigInt(1).shiftLeft(static_cast<uint64_t>(-exponent)))});
}

Value roundInt(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "__round__", {"ndigits"}, 0);
    if (a[0].isNone())
        return plainInt(self);
    const Value ndigits = isAnyInt(a[0]) ? a[0] : Value::integer(toInt(a[0]));
    return bigRound(bigOf(self), bigOf(ndigits));
}

Value roundFloat(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "__round__", {"ndigits"}, 0);
    if (a[0].isNone()) {
        const double x = self.asFloat();
        double rounded = std::round(x);
        if (std::fabs(x - rounded) == 0.5)
            rounded = 2.0 * std::round(x / 2.0);
        return intFromDouble(rounded);
    }
    return Value::floating(unwrap(text::roundFloat(self.asFloat(), toInt(a[0]))));
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
    defineNoArg(t, "bit_length", [](const Value &v) {
        return Value::integer(static_cast<int64_t>(bigOf(v).bitLength()));
    });
    defineNoArg(t, "bit_count", [](const Value &v) {
        return Value::integer(static_cast<int64_t>(bigOf(v).bitCount()));
    });
    defineNoArg(t, "conjugate", plainInt);
    defineNoArg(t, "as_integer_ratio", [](const Value &v) { return tuple({plainInt(v), Value::integer(1)}); });
    for (const char *name : {"__index__", "__int__", "__trunc__", "__floor__", "__ceil__"})
        defineNoArg(t, name, plainInt);
    defineNoArg(t, "__float__", [](const Value &v) { return Value::floating(asDouble(v)); });
    defineMethod(t, "__round__", roundInt);
    defineGetSet(t, "real", plainInt);
    defineGetSet(t, "numerator", plainInt);
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
    defineNoArg(t, "__int__", [](const Value &v) { return intFromDouble(v.asFloat()); });
    defineNoArg(t, "__trunc__", [](const Value &v) { return intFromDouble(v.asFloat()); });
    defineNoArg(t, "__floor__", [](const Value &v) { return intFromDouble(std::floor(v.asFloat())); });
    defineNoArg(t, "__ceil__", [](const Value &v) { return intFromDouble(std::ceil(v.asFloat())); });
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
