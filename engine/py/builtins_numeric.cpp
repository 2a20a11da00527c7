// Built-in functions on numbers: abs, divmod, pow, round, bin/oct/hex, chr/ord, hash.

#include "args.h"
#include "bigint_arith.h"
#include "bigint_value.h"
#include "builtins_support.h"
#include "dict.h"
#include "function.h"
#include "protocol.h"
#include "text_bridge.h"

#include "core/containers.h"
#include "core/str.h"
#include "text/py_arith.h"
#include "text/utf8.h"

#include <cmath>

namespace aw::py {

namespace {

} // namespace

Value absolute(const Value &x)
{
    if (x.isFloat())
        return Value::floating(std::fabs(x.asFloat()));
    if (isIntValue(x) && x.asInt() != INT64_MIN)
        return Value::integer(x.asInt() < 0 ? -x.asInt() : x.asInt());
    if (isAnyInt(x))
        return intValue(bigOf(x).abs());
    Value method;
    if (lookupSpecial(x, "__abs__", method))
        return call(method, {});
    raise(builtin::TypeError(), "bad operand type for abs(): '" + typeName(x) + "'");
}

namespace {

bool isNumber(const Value &v)
{
    return isAnyInt(v) || v.isFloat();
}

// a.__divmod__(b), then b.__rdivmod__(a), for classes that define them.
bool dunderDivmod(const Value &a, const Value &b, Value &out)
{
    Value method;
    if (typeOf(a)->isHeapType() && lookupSpecial(a, "__divmod__", method)) {
        out = call(method, {b});
        if (!isNotImplemented(out))
            return true;
    }
    if (typeOf(b)->isHeapType() && typeOf(b) != typeOf(a) && lookupSpecial(b, "__rdivmod__", method)) {
        out = call(method, {a});
        if (!isNotImplemented(out))
            return true;
    }
    return false;
}

Value builtinDivmod(const Value &, const CallArgs &args)
{
    noKeywords(args, "divmod");
    positionalCount(args, "divmod", 2, 2);
    const Value &a = args.positional[0];
    const Value &b = args.positional[1];
    Value out;
    if (dunderDivmod(a, b, out))
        return out;
    if (isIntValue(a) && isIntValue(b) && !(a.asInt() == INT64_MIN && b.asInt() == -1)) {
        auto [q, r] = unwrap(text::divMod(a.asInt(), b.asInt()));
        return tuple({Value::integer(q), Value::integer(r)});
    }
    if (isAnyInt(a) && isAnyInt(b)) {
        auto qr = bigDivMod(bigOf(a), bigOf(b));
        return tuple({qr.first, qr.second});
    }
    if (isNumber(a) && isNumber(b)) {
        auto [q, r] = unwrap(text::divMod(asDouble(a), asDouble(b)));
        return tuple({Value::floating(q), Value::floating(r)});
    }
    raise(builtin::TypeError(),
          "unsupported operand type(s) for divmod(): '" + typeName(a) + "' and '" + typeName(b) + "'");
}

Value builtinPow(const Value &, const CallArgs &args)
{
    auto a = parseArgs(args, "pow", {"base", "exp", "mod"}, 2);
    if (a[2].isNone())
        return binary(a[0], a[1], BinaryOp::Pow);
    if (isIntValue(a[0]) && isIntValue(a[1]) && isIntValue(a[2]))
        return Value::integer(unwrap(text::powMod(a[0].asInt(), a[1].asInt(), a[2].asInt())));
    if (isAnyInt(a[0]) && isAnyInt(a[1]) && isAnyInt(a[2]))
        return bigPowMod(bigOf(a[0]), bigOf(a[1]), bigOf(a[2]));
    Value method;
    if (typeOf(a[0])->isHeapType() && lookupSpecial(a[0], "__pow__", method))
        return call(method, {a[1], a[2]});
    if (isNumber(a[0]) && isNumber(a[1]) && isNumber(a[2]))
        raise(builtin::TypeError(), "pow() 3rd argument not allowed unless all arguments are integers");
    raise(builtin::TypeError(), "unsupported operand type(s) for ** or pow(): '" + typeName(a[0]) + "', '"
                                    + typeName(a[1]) + "', '" + typeName(a[2]) + "'");
}

Value builtinRound(const Value &, const CallArgs &args)
{
    auto a = parseArgs(args, "round", {"number", "ndigits"}, 1);
    Value method;
    if (!lookupSpecial(a[0], "__round__", method))
        raise(builtin::TypeError(), "type " + typeName(a[0]) + " doesn't define __round__ method");
    if (a[1].isNone())
        return call(method, {});
    return call(method, {a[1]});
}

// bin(), oct() and hex(): the magnitude's digits after a sign and a prefix.
Value radixString(const CallArgs &args, const char *function, int shift, const char *prefix)
{
    const Value &arg = oneArg(args, function);
    const BigInt v = bigOf(isAnyInt(arg) ? arg : Value::integer(toInt(arg)));
    return aw::str((v.isNegative() ? "-" : "") + std::string(prefix) + v.magnitudeString(1 << shift));
}

Value builtinChr(const Value &, const CallArgs &args)
{
    const int64_t cp = toInt(oneArg(args, "chr"));
    if (cp < 0 || cp > 0x10FFFF)
        raise(builtin::ValueError(), "chr() arg not in range(0x110000)");
    std::string out;
    text::appendUtf8(out, static_cast<char32_t>(cp));
    return aw::str(std::move(out));
}

Value builtinOrd(const Value &, const CallArgs &args)
{
    const Value &c = oneArg(args, "ord");
    auto *s = c.as<StrObject>();
    if (!s)
        raise(builtin::TypeError(), "ord() expected string of length 1, but " + typeName(c) + " found");
    const size_t n = text::codePointCount(s->utf8());
    if (n != 1)
        raise(builtin::TypeError(), "ord() expected a character, but string of length " + std::to_string(n) + " found");
    size_t pos = 0;
    return Value::integer(text::nextCodePoint(s->utf8(), pos));
}

} // namespace

void addNumericBuiltins(DictObject &builtins)
{
    auto def = [&builtins](const char *name, BuiltinFunctionFn fn) {
        builtins.setStr(name, builtinFunction(name, std::move(fn)));
    };
    def("abs", [](const Value &, const CallArgs &args) { return absolute(oneArg(args, "abs")); });
    def("divmod", builtinDivmod);
    def("pow", builtinPow);
    def("round", builtinRound);
    def("bin", [](const Value &, const CallArgs &args) { return radixString(args, "bin", 1, "0b"); });
    def("oct", [](const Value &, const CallArgs &args) { return radixString(args, "oct", 3, "0o"); });
    def("hex", [](const Value &, const CallArgs &args) { return radixString(args, "hex", 4, "0x"); });
    def("chr", builtinChr);
    def("ord", builtinOrd);
    def("hash", [](const Value &, const CallArgs &args) { return Value::integer(hash(oneArg(args, "hash"))); });
}

} // namespace aw::py
