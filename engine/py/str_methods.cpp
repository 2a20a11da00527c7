// str: the slots beyond the core ones of str_type.cpp (indexing, iteration, `in`, `*`,
// `%`, truth, `str(x)`) and the helpers the method files share (str_methods.h).

#include "str_methods.h"

#include "function.h"
#include "protocol.h"
#include "sequence_util.h"
#include "slice.h"
#include "type_setup.h"

#include "core/run_meter.h"
#include "core/str.h"
#include "text/utf8.h"

#include <algorithm>
#include <limits>

namespace aw::py {

namespace strimpl {

const std::string &textOf(const Value &v)
{
    return v.as<StrObject>()->utf8();
}

void define(const char *name, Method fn)
{
    defineMethod(strType(), name, [name, fn](const Value &self, const CallArgs &args) {
        auto *s = self.as<StrObject>();
        if (!s)
            raise(builtin::TypeError(), std::string("descriptor '") + name + "' for 'str' objects doesn't apply to a '"
                                            + typeOf(self)->name() + "' object");
        return fn(s->utf8(), args);
    });
}

namespace {

std::string arguments(size_t n)
{
    return std::to_string(n) + (n == 1 ? " argument" : " arguments");
}

void noKeywords(const CallArgs &args, const std::string &name)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), name + "() takes no keyword arguments");
}

} // namespace

void expectNoArgs(const CallArgs &args, const char *name)
{
    noKeywords(args, std::string("str.") + name);
    if (!args.positional.empty())
        raise(builtin::TypeError(), std::string("str.") + name + "() takes no arguments ("
                                        + std::to_string(args.positional.size()) + " given)");
}

std::span<const Value> varArgs(const CallArgs &args, const char *name, size_t min, size_t max)
{
    noKeywords(args, name);
    const size_t n = args.positional.size();
    if (n < min)
        raise(builtin::TypeError(), std::string(name) + "() takes at least " + arguments(min) + " (" + std::to_string(n)
                                        + " given)");
    if (n > max)
        raise(builtin::TypeError(), std::string(name) + "() takes at most " + arguments(max) + " (" + std::to_string(n)
                                        + " given)");
    return args.positional;
}

std::span<const Value> positionalOnly(const CallArgs &args, const char *name, size_t min, size_t max)
{
    noKeywords(args, std::string("str.") + name);
    const size_t n = args.positional.size();
    if (min == 1 && max == 1 && n != 1)
        raise(builtin::TypeError(), std::string("str.") + name + "() takes exactly one argument (" + std::to_string(n)
                                        + " given)");
    if (n < min)
        raise(builtin::TypeError(), std::string(name) + " expected at least " + arguments(min) + ", got "
                                        + std::to_string(n));
    if (n > max)
        raise(builtin::TypeError(), std::string(name) + " expected at most " + arguments(max) + ", got "
                                        + std::to_string(n));
    return args.positional;
}

ParsedArgs keywordArgs(const CallArgs &args, const char *name, std::initializer_list<std::string_view> names)
{
    for (const auto &[key, value] : args.keywords) {
        const std::string &k = strText(key);
        if (std::find(names.begin(), names.end(), k) == names.end())
            raise(builtin::TypeError(), "'" + k + "' is an invalid keyword argument for " + name + "()");
    }
    return parseArgs(args, name, names, 0);
}

const std::string &strArg(const Value &v, std::string_view message)
{
    if (auto *s = v.as<StrObject>())
        return s->utf8();
    raise(builtin::TypeError(), std::string(message) + typeOf(v)->name());
}

CodePoints::CodePoints(std::string_view utf8)
    : m_text(utf8)
    , m_ascii(text::isAscii(utf8))
    , m_size(static_cast<int64_t>(m_ascii ? utf8.size() : text::codePointCount(utf8)))
{
}

size_t CodePoints::offset(int64_t index) const
{
    return m_ascii ? static_cast<size_t>(index) : text::codePointOffset(m_text, static_cast<size_t>(index));
}

int64_t CodePoints::indexAt(size_t byteOffset) const
{
    return m_ascii ? static_cast<int64_t>(byteOffset) : static_cast<int64_t>(text::codePointCount(m_text.substr(0, byteOffset)));
}

std::string_view CodePoints::slice(int64_t start, int64_t stop) const
{
    const size_t from = offset(start);
    if (m_ascii)
        return m_text.substr(from, static_cast<size_t>(stop - start));
    const std::string_view rest = m_text.substr(from);
    return rest.substr(0, text::codePointOffset(rest, static_cast<size_t>(stop - start)));
}

namespace {

int64_t sliceIndex(const Value &v, int64_t absent)
{
    if (v.isNone())
        return absent;
    return py::sliceIndex(v);
}

} // namespace

IndexRange adjustRange(std::span<const Value> startEnd, int64_t length)
{
    int64_t start = startEnd.size() > 0 ? sliceIndex(startEnd[0], 0) : 0;
    int64_t end = startEnd.size() > 1 ? sliceIndex(startEnd[1], length) : length;
    if (end > length)
        end = length;
    else if (end < 0)
        end = std::max<int64_t>(end + length, 0);
    if (start < 0)
        start = std::max<int64_t>(start + length, 0);
    return {start, end};
}

} // namespace strimpl

namespace {

using strimpl::CodePoints;
using strimpl::textOf;

// Instances of classes a scenario derives from str: the text plus an attribute dict.
class StrSubclassObject : public StrObject {
public:
    StrSubclassObject(TypeObject *cls, std::string utf8) : StrObject(std::move(utf8)) { setType(cls); }
    Ref<Object> *attributeSlot() noexcept override { return &m_dict; }

private:
    Ref<Object> m_dict;
};

// Iterates by code point; CPython has a faster type for pure-ASCII text, and its name
// shows in reprs, so there are two.
class StrIteratorObject : public Object {
public:
    StrIteratorObject(TypeObject *type, Value source) : Object(type), m_source(std::move(source)) {}
    std::optional<Value> next()
    {
        const std::string &s = textOf(m_source);
        if (m_pos >= s.size())
            return std::nullopt;
        const size_t start = m_pos;
        text::nextCodePoint(s, m_pos);
        return aw::str(s.substr(start, m_pos - start));
    }

private:
    Value m_source;
    size_t m_pos = 0;
};

TypeObject *iteratorType(bool ascii)
{
    static TypeObject *const types[2] = {makeBuiltinType("str_iterator", "builtins", {}),
                                         makeBuiltinType("str_ascii_iterator", "builtins", {})};
    return types[ascii ? 1 : 0];
}

Value strIter(const Value &self)
{
    return Value(make<StrIteratorObject>(iteratorType(text::isAscii(textOf(self))), self));
}

void setupStrIteratorTypes()
{
    for (bool ascii : {false, true}) {
        TypeSlots &s = iteratorType(ascii)->slots;
        s.iter = [](const Value &self) { return self; };
        s.next = [](const Value &self) { return self.as<StrIteratorObject>()->next(); };
    }
}

bool isIndexLike(const Value &v)
{
    Value hook;
    return v.isInt() || v.isBool() || (!v.isFloat() && typeOf(v)->lookup("__index__", hook));
}

Value sliceOf(const std::string &s, const SliceObject &slice)
{
    const CodePoints cp(s);
    const auto [start, stop, step, length] = slice.indices(cp.size());
    if (length <= 0)
        return aw::str(std::string());
    if (step == 1)
        return aw::str(std::string(cp.slice(start, stop)));
    const std::u32string chars = text::decodeUtf8(s);
    std::string out;
    for (int64_t i = 0, at = start; i < length; ++i, at += step)
        text::appendUtf8(out, chars[static_cast<size_t>(at)]);
    return aw::str(std::move(out));
}

Value strGetItem(const Value &self, const Value &key)
{
    const std::string &s = textOf(self);
    if (auto *slice = key.as<SliceObject>())
        return sliceOf(s, *slice);
    if (!isIndexLike(key))
        raise(builtin::TypeError(), "string indices must be integers, not '" + typeOf(key)->name() + "'");
    int64_t i = asIndex(key, "string");
    const CodePoints cp(s);
    if (i < 0)
        i += cp.size();
    if (i < 0 || i >= cp.size())
        raise(builtin::IndexError(), "string index out of range");
    return aw::str(std::string(cp.slice(i, i + 1)));
}

std::optional<bool> strContains(const Value &self, const Value &item)
{
    auto *needle = item.as<StrObject>();
    if (!needle)
        raise(builtin::TypeError(), "'in <string>' requires string as left operand, not " + typeOf(item)->name());
    return textOf(self).find(needle->utf8()) != std::string::npos;
}

// Scenario runs share the process: a runaway repetition fails as MemoryError instead of
// taking the process down.
constexpr size_t kMaxRepeatBytes = size_t(1) << 30;

Value strRepeat(const Value &a, const Value &b)
{
    const bool strOnLeft = a.as<StrObject>() != nullptr;
    const Value &count = strOnLeft ? b : a;
    const std::string &s = textOf(strOnLeft ? a : b);
    if (!isIndexLike(count)) {
        // A class of the scenario's may still answer with __rmul__, tried after this slot.
        if (strOnLeft && typeOf(count)->isHeapType() && typeOf(count)->slots.binary[static_cast<int>(BinaryOp::Mul)])
            return notImplemented();
        raise(builtin::TypeError(), "can't multiply sequence by non-int of type '" + typeOf(count)->name() + "'");
    }
    const int64_t n = toInt(count);
    if (n <= 0 || s.empty())
        return aw::str(std::string());
    const auto length = CodePoints(s).size();
    if (length > std::numeric_limits<int64_t>::max() / n)
        raise(builtin::OverflowError(), "repeated string is too long");
    if (s.size() > kMaxRepeatBytes / static_cast<size_t>(n))
        raise(builtin::MemoryError(), "");
    RunMeter::reserve(s.size() * static_cast<size_t>(n));
    std::string out;
    out.reserve(s.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        out += s;
    return aw::str(std::move(out));
}

Value strMod(const Value &a, const Value &b)
{
    if (!a.as<StrObject>())
        return notImplemented();
    return aw::str(strimpl::percentFormat(textOf(a), b));
}

// str(object='', encoding='utf-8', errors='strict'). Scenarios have no bytes, so any
// decoding request fails as CPython fails for a non-bytes object.
Value strNew(TypeObject *cls, const CallArgs &args)
{
    const ParsedArgs a = strimpl::keywordArgs(args, "str", {"object", "encoding", "errors"});
    for (size_t i : {size_t(1), size_t(2)}) {
        if (a.wasGiven(i))
            strimpl::strArg(a[i], i == 1 ? "str() argument 'encoding' must be str, not "
                                         : "str() argument 'errors' must be str, not ");
    }
    if (a.wasGiven(0) && (a.wasGiven(1) || a.wasGiven(2))) {
        if (a[0].as<StrObject>())
            raise(builtin::TypeError(), "decoding str is not supported");
        raise(builtin::TypeError(), "decoding to str: need a bytes-like object, " + typeOf(a[0])->name() + " found");
    }
    std::string s = a.wasGiven(0) ? py::str(a[0]) : std::string();
    if (cls == strType())
        return aw::str(std::move(s));
    return Value(make<StrSubclassObject>(cls, std::move(s)));
}

} // namespace

void setupStrMethods()
{
    TypeSlots &s = strType()->slots;
    s.getItem = strGetItem;
    s.iter = strIter;
    s.contains = strContains;
    s.binary[static_cast<int>(BinaryOp::Mul)] = strRepeat;
    s.binary[static_cast<int>(BinaryOp::Mod)] = strMod;
    s.truthy = [](const Value &v) { return !textOf(v).empty(); };
    s.newInstance = strNew;
    setupStrIteratorTypes();
    strimpl::defineSearchMethods();
    strimpl::defineSplitMethods();
    strimpl::defineCaseMethods();
    strimpl::defineLayoutMethods();
    strimpl::defineFormatMethods();
}

} // namespace aw::py
