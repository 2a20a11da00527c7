// str: the core operations. Methods live in str_methods.cpp.

#include "hashing.h"
#include "protocol.h"
#include "type_setup.h"

#include "core/run_meter.h"
#include "core/str.h"
#include "text/unicode_props.h"
#include "text/utf8.h"

#include <functional>

namespace aw::py {

namespace {

const std::string &text(const Value &v)
{
    return v.as<StrObject>()->utf8();
}

Value compareStr(const Value &a, const Value &b, CompareOp op)
{
    if (!b.as<StrObject>())
        return notImplemented();
    // UTF-8 byte order is code point order, which is how Python compares strings.
    const int c = text(a).compare(text(b));
    switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
    }
    return notImplemented();
}

Value concat(const Value &a, const Value &b)
{
    if (!a.as<StrObject>())
        return notImplemented();
    if (!b.as<StrObject>())
        raise(builtin::TypeError(), "can only concatenate str (not \"" + typeOf(b)->name() + "\") to str");
    RunMeter::reserve(text(a).size() + text(b).size());
    return aw::str(text(a) + text(b));
}

} // namespace

void setupStrType()
{
    TypeSlots &s = strType()->slots;
    s.repr = [](const Value &v) { return text::strRepr(text(v)); };
    s.str = [](const Value &v) { return text(v); };
    s.hash = [](const Value &v) { return v.as<StrObject>()->cachedHash([](const std::string &t) { return strHash(t); }); };
    s.richCompare = compareStr;
    s.len = [](const Value &v) { return static_cast<int64_t>(text::codePointCount(text(v))); };
    s.binary[static_cast<int>(BinaryOp::Add)] = concat;
}

} // namespace aw::py
