// format(value, spec) and ascii(value): see format.h.

#include "format.h"
#include "bigint_value.h"
#include "protocol.h"
#include "text_bridge.h"

#include "core/str.h"
#include "text/number_format.h"
#include "text/utf8.h"

#include <cstdio>

namespace aw::py {

namespace {

// The __format__ a class (or a base other than object) defines, bound to `value`.
bool findFormatMethod(const Value &value, Value &bound)
{
    TypeObject *type = typeOf(value);
    for (const TypeObject *t : type->mro()) {
        if (t == objectType())
            return false;
        const auto found = t->ownAttrs().find("__format__");
        if (found == t->ownAttrs().end())
            continue;
        const Value &method = found->second;
        auto get = typeOf(method)->slots.descrGet;
        bound = get ? get(method, value, type) : method;
        return true;
    }
    return false;
}

} // namespace

Value formatValue(const Value &value, std::string_view spec)
{
    switch (value.kind()) {
    case Value::Kind::Bool:
        if (spec.empty())
            return aw::str(value.asBool() ? "True" : "False");
        return aw::str(unwrap(text::formatInt(value.asInt(), spec, "bool")));
    case Value::Kind::Int: return aw::str(unwrap(text::formatInt(value.asInt(), spec)));
    case Value::Kind::Float: return aw::str(unwrap(text::formatFloat(value.asFloat(), spec)));
    case Value::Kind::None:
    case Value::Kind::Object: break;
    }
    if (auto *big = value.as<BigIntObject>()) {
        if (spec.empty())
            return aw::str(bigToDecimal(big->value()));
        return aw::str(unwrap(text::formatInt(formatDigitsOf(big->value()), unwrap(text::parseFormatSpec(spec, "int")))));
    }
    if (typeOf(value) == strType())
        return spec.empty() ? value : aw::str(unwrap(text::formatStr(strText(value), spec)));
    Value method;
    if (!findFormatMethod(value, method))
        return defaultFormat(value, spec);
    Value result = call(method, {aw::str(std::string(spec))});
    if (!result.as<StrObject>())
        raise(builtin::TypeError(), "__format__ must return a str, not " + typeOf(result)->name());
    return result;
}

Value defaultFormat(const Value &value, std::string_view spec)
{
    if (!spec.empty())
        raise(builtin::TypeError(), "unsupported format string passed to " + typeOf(value)->name() + ".__format__");
    return aw::str(str(value));
}

std::string asciiRepr(const Value &value)
{
    const std::string r = repr(value);
    if (text::isAscii(r))
        return r;
    std::string out;
    size_t pos = 0;
    while (pos < r.size()) {
        const char32_t c = text::nextCodePoint(r, pos);
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        char escape[16];
        if (c < 0x100)
            std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned>(c));
        else if (c < 0x10000)
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
        else
            std::snprintf(escape, sizeof escape, "\\U%08x", static_cast<unsigned>(c));
        out += escape;
    }
    return out;
}

} // namespace aw::py
