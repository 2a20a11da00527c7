// `format % args`: the argument handling of CPython's PyUnicode_Format. The text library
// parses each conversion and renders numbers and padding; this file fetches arguments
// (from a tuple, a single value or a mapping) and converts them as CPython does.

#include "bigint_value.h"
#include "format.h"
#include "protocol.h"
#include "str_methods.h"
#include "text_bridge.h"

#include "core/containers.h"
#include "core/str.h"
#include "text/percent_format.h"
#include "text/utf8.h"

#include <cmath>

namespace aw::py::strimpl {

namespace {

// CPython's unicode_formatter_t argument cursor. A single non-tuple value is one argument
// (count -1, index -2); `%(key)` replaces the arguments with the mapping's value.
class Arguments {
public:
    explicit Arguments(const Value &args)
        : m_args(args)
    {
        if (auto *t = args.as<TupleObject>()) {
            m_count = static_cast<int64_t>(t->items().size());
            m_index = 0;
        }
        m_isMapping = !args.as<TupleObject>() && !args.as<StrObject>() && typeOf(args)->slots.getItem;
        if (m_isMapping)
            m_mapping = args;
    }

    Value next()
    {
        if (m_index >= m_count)
            raise(builtin::TypeError(), "not enough arguments for format string");
        ++m_index;
        if (m_count < 0)
            return m_args;
        return m_args.as<TupleObject>()->items()[static_cast<size_t>(m_index - 1)];
    }

    void selectKey(const std::string &key)
    {
        if (!m_isMapping)
            raise(builtin::TypeError(), "format requires a mapping");
        m_args = getItem(m_mapping, aw::str(key));
        m_count = -1;
        m_index = -2;
    }

    void checkAllUsed() const
    {
        if (m_index < m_count && !m_isMapping)
            raise(builtin::TypeError(), "not all arguments converted during string formatting");
    }

private:
    Value m_args;
    Value m_mapping;
    bool m_isMapping = false;
    int64_t m_count = -1;
    int64_t m_index = -2;
};

int64_t starArgument(Arguments &args)
{
    const Value v = args.next();
    if (!v.isInt() && !v.isBool())
        raise(builtin::TypeError(), "* wants int");
    return v.asInt();
}

bool hasMethod(const Value &v, const char *name)
{
    Value method;
    return typeOf(v)->lookup(name, method);
}

// Calls a special method as CPython does: looked up on the type, bound to `v`.
Value callSpecial(const Value &v, const char *name)
{
    Value method;
    typeOf(v)->lookup(name, method);
    if (auto get = typeOf(method)->slots.descrGet)
        method = get(method, v, typeOf(v));
    return call(method, {});
}

// %d %i %u take anything int() takes from a number; %o %x %X only true integers.
Value integerArgument(const Value &v, char32_t conversion)
{
    if (isAnyInt(v))
        return plainInt(v);
    const bool indexOnly = conversion == U'o' || conversion == U'x' || conversion == U'X';
    if (!indexOnly && v.isFloat())
        return intFromDouble(v.asFloat());
    if (!v.isFloat() && hasMethod(v, "__index__"))
        return Value::integer(asIndex(v, typeOf(v)->name()));
    if (!indexOnly && hasMethod(v, "__int__")) {
        const Value r = callSpecial(v, "__int__");
        if (isAnyInt(r))
            return plainInt(r);
        raise(builtin::TypeError(), "__int__ returned non-int (type " + typeOf(r)->name() + ")");
    }
    std::string message = "%";
    text::appendUtf8(message, conversion);
    message += indexOnly ? " format: an integer is required, not " : " format: a real number is required, not ";
    raise(builtin::TypeError(), message + typeOf(v)->name());
}

double floatArgument(const Value &v)
{
    if (v.isFloat())
        return v.asFloat();
    if (isAnyInt(v))
        return bigToDouble(bigOf(v));
    if (hasMethod(v, "__float__")) {
        const Value r = callSpecial(v, "__float__");
        if (r.isFloat())
            return r.asFloat();
        raise(builtin::TypeError(), typeOf(v)->name() + ".__float__ returned non-float (type " + typeOf(r)->name()
                                        + ")");
    }
    if (hasMethod(v, "__index__"))
        return static_cast<double>(asIndex(v, typeOf(v)->name()));
    raise(builtin::TypeError(), "must be real number, not " + typeOf(v)->name());
}

char32_t charArgument(const Value &v)
{
    if (auto *s = v.as<StrObject>()) {
        const std::u32string chars = text::decodeUtf8(s->utf8());
        if (chars.size() == 1)
            return chars[0];
    } else if (v.as<BigIntObject>()) {
        raise(builtin::OverflowError(), "%c arg not in range(0x110000)");
    } else if (v.isInt() || v.isBool() || (!v.isFloat() && hasMethod(v, "__index__"))) {
        return unwrap(text::percentCharFromInt(asIndex(v, typeOf(v)->name())));
    }
    raise(builtin::TypeError(), "%c requires int or char");
}

std::string convert(const text::PercentSpec &spec, const Value &arg)
{
    switch (spec.kind) {
    case text::PercentKind::Integer: {
        const Value n = integerArgument(arg, spec.conversion);
        if (auto *big = n.as<BigIntObject>()) {
            const BigInt magnitude = big->value().abs();
            const int base = text::percentIntBase(spec);
            std::string digits = base == 10 ? bigToDecimal(magnitude) : magnitude.magnitudeString(base);
            return unwrap(text::percentFormatIntDigits(big->value().isNegative(), std::move(digits), spec));
        }
        return unwrap(text::percentFormatInt(n.asInt(), spec));
    }
    case text::PercentKind::Float:
        return text::percentFormatFloat(floatArgument(arg), spec);
    case text::PercentKind::Char:
        return text::percentFormatChar(charArgument(arg), spec);
    case text::PercentKind::String: {
        const std::string s = spec.conversion == U's' ? py::str(arg)
            : spec.conversion == U'r'                  ? repr(arg)
                                                      : asciiRepr(arg);
        return text::percentFormatStr(s, spec);
    }
    case text::PercentKind::Unsupported:
        raiseTextError(text::unsupportedConversion(spec));
    case text::PercentKind::Literal:
        break;
    }
    return "%";
}

// CPython fetches the key's value and `*` arguments while it parses a conversion, so for a
// malformed one their errors ("not enough arguments", KeyError) come before the parse
// error. Replays those fetches, then raises the parse error.
[[noreturn]] void raiseMalformed(const std::string &format, size_t percent, Arguments &args, const text::PyError &error)
{
    size_t i = percent + 1;
    if (error.message != "incomplete format key" && i < format.size() && format[i] == '(') {
        int depth = 0;
        do
            depth += format[i] == '(' ? 1 : format[i] == ')' ? -1 : 0;
        while (depth > 0 && ++i < format.size());
        args.selectKey(format.substr(percent + 2, i - percent - 2));
        ++i;
    }
    while (i < format.size() && std::string_view("-+ #0").find(format[i]) != std::string_view::npos)
        ++i;
    if (i < format.size() && format[i] == '*') {
        starArgument(args);
        ++i;
    }
    while (i < format.size() && format[i] >= '0' && format[i] <= '9')
        ++i;
    const bool widthParsed = error.message != "width too big";
    if (widthParsed && i + 1 < format.size() && format[i] == '.' && format[i + 1] == '*')
        starArgument(args);
    raiseTextError(error);
}

} // namespace

std::string percentFormat(const std::string &format, const Value &argsValue)
{
    Arguments args(argsValue);
    std::string out;
    size_t pos = 0;
    for (size_t percent = format.find('%'); percent != std::string::npos; percent = format.find('%', pos)) {
        out.append(format, pos, percent - pos);
        text::Result<text::PercentSpec> parsed = text::parsePercentSpec(format, percent);
        if (!parsed)
            raiseMalformed(format, percent, args, parsed.error());
        text::PercentSpec spec = std::move(parsed).value();
        if (spec.hasKey)
            args.selectKey(spec.key);
        if (spec.widthFromArg)
            text::setWidthFromArg(spec, starArgument(args));
        if (spec.precisionFromArg) {
            if (auto error = text::setPrecisionFromArg(spec, starArgument(args)))
                raiseTextError(*error);
        }
        out += spec.kind == text::PercentKind::Literal ? std::string("%") : convert(spec, args.next());
        pos = spec.end;
    }
    out.append(format, pos);
    args.checkAllUsed();
    return out;
}

} // namespace aw::py::strimpl
