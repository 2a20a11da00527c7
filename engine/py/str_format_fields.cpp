// str.format() and str.format_map(): a port of CPython's Objects/stringlib/unicode_format.h
// (MarkupIterator, parse_field, field_name_split, FieldNameIterator) with its messages.
// The markup characters are all ASCII, so parsing walks the UTF-8 bytes.

#include "format.h"
#include "function.h"
#include "protocol.h"
#include "str_methods.h"
#include "text_bridge.h"

#include "core/exception.h"
#include "core/str.h"
#include "text/number_format.h"
#include "text/unicode_props.h"
#include "text/utf8.h"

#include <cstdio>
#include <limits>

namespace aw::py::strimpl {

namespace {

[[noreturn]] void valueError(const std::string &message)
{
    raise(builtin::ValueError(), message);
}

[[noreturn]] void raiseKeyError(const Value &key)
{
    throw PyException(make<ExceptionObject>(builtin::KeyError(), std::vector<Value>{key}));
}

// One step of the markup iterator: literal text, then possibly a replacement field.
struct Markup {
    std::string_view literal;
    bool fieldPresent = false;
    std::string_view fieldName;
    std::string_view formatSpec;
    char32_t conversion = 0;
    bool specNeedsExpanding = false;
};

// The part after the field name: `!conversion` and `:spec`, up to the closing brace.
void parseConversionAndSpec(std::string_view s, size_t &pos, char c, Markup &m)
{
    if (c == '!') {
        if (pos >= s.size())
            valueError("end of string while looking for conversion specifier");
        m.conversion = text::nextCodePoint(s, pos);
        if (pos < s.size()) {
            c = s[pos++];
            if (c == '}')
                return;
            if (c != ':')
                valueError("expected ':' after conversion specifier");
        }
    }
    const size_t specStart = pos;
    int depth = 1;
    while (pos < s.size()) {
        c = s[pos++];
        if (c == '{') {
            m.specNeedsExpanding = true;
            ++depth;
        } else if (c == '}' && --depth == 0) {
            m.formatSpec = s.substr(specStart, pos - 1 - specStart);
            return;
        }
    }
    valueError("unmatched '{' in format spec");
}

void parseField(std::string_view s, size_t &pos, Markup &m)
{
    const size_t nameStart = pos;
    char c = 0;
    while (pos < s.size()) {
        c = s[pos++];
        if (c == '{')
            valueError("unexpected '{' in field name");
        if (c == '[') {
            while (pos < s.size() && s[pos] != ']')
                ++pos;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    m.fieldName = s.substr(nameStart, pos - 1 - nameStart);
    if (c == '!' || c == ':')
        parseConversionAndSpec(s, pos, c, m);
    else if (c != '}')
        valueError("expected '}' before end of string");
}

// False at the end of the input. Doubled braces come back as literal text holding one.
bool nextMarkup(std::string_view s, size_t &pos, Markup &m)
{
    m = Markup();
    if (pos >= s.size())
        return false;
    const size_t start = pos;
    char c = 0;
    bool markupFollows = false;
    while (pos < s.size() && !markupFollows) {
        c = s[pos++];
        markupFollows = c == '{' || c == '}';
    }
    const bool atEnd = pos >= s.size();
    size_t length = pos - start;
    if (c == '}' && (atEnd || s[pos] != '}'))
        valueError("Single '}' encountered in format string");
    if (atEnd && c == '{')
        valueError("Single '{' encountered in format string");
    if (!atEnd) {
        if (s[pos] == c) {
            ++pos;
            markupFollows = false;
        } else {
            --length;
        }
    }
    m.literal = s.substr(start, length);
    if (markupFollows) {
        m.fieldPresent = true;
        parseField(s, pos, m);
    }
    return true;
}

// get_integer: the value of an all-decimal-digits name (any script's digits), or -1.
int64_t fieldIndex(std::string_view name)
{
    if (name.empty())
        return -1;
    int64_t value = 0;
    for (char32_t c : text::decodeUtf8(name)) {
        const int digit = text::decimalValue(c);
        if (digit < 0)
            return -1;
        if (value > (std::numeric_limits<int64_t>::max() - digit) / 10)
            valueError("Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    return value;
}

class FieldFormatter {
public:
    // format(*args, **kwargs) when `mapping` is null, else format_map(mapping).
    FieldFormatter(const CallArgs &args, const Value *mapping) : m_args(args), m_mapping(mapping) {}

    std::string build(std::string_view input, int depth)
    {
        if (depth <= 0)
            valueError("Max string recursion exceeded");
        std::string out;
        size_t pos = 0;
        Markup m;
        while (nextMarkup(input, pos, m)) {
            out += m.literal;
            if (m.fieldPresent)
                out += render(m, depth);
        }
        return out;
    }

private:
    enum class Numbering { Unset, Automatic, Manual };

    std::string render(const Markup &m, int depth)
    {
        Value obj = fieldObject(m.fieldName);
        if (m.conversion != 0)
            obj = aw::str(convert(obj, m.conversion));
        const std::string spec = m.specNeedsExpanding ? build(m.formatSpec, depth - 1) : std::string(m.formatSpec);
        return strText(formatValue(obj, spec));
    }

    static std::string convert(const Value &obj, char32_t conversion)
    {
        switch (conversion) {
        case U'r': return repr(obj);
        case U's': return py::str(obj);
        case U'a': return asciiRepr(obj);
        default: break;
        }
        char shown[32];
        if (conversion > 32 && conversion < 127)
            std::snprintf(shown, sizeof shown, "%c", static_cast<char>(conversion));
        else
            std::snprintf(shown, sizeof shown, "\\x%x", static_cast<unsigned>(conversion));
        valueError(std::string("Unknown conversion specifier ") + shown);
    }

    // field_name_split's numbering rule: `{}` and `{0}` cannot be mixed.
    int64_t numberField(bool empty, int64_t index)
    {
        if (m_numbering == Numbering::Unset)
            m_numbering = empty ? Numbering::Automatic : Numbering::Manual;
        if (m_numbering == Numbering::Manual && empty)
            valueError("cannot switch from manual field specification to automatic field numbering");
        if (m_numbering == Numbering::Automatic && !empty)
            valueError("cannot switch from automatic field numbering to manual field specification");
        return empty ? m_nextAuto++ : index;
    }

    Value firstObject(std::string_view first)
    {
        int64_t index = fieldIndex(first);
        if (first.empty() || index >= 0)
            index = numberField(first.empty(), index);
        if (index < 0) {
            const Value key = aw::str(std::string(first));
            if (m_mapping)
                return getItem(*m_mapping, key);
            for (const auto &[name, value] : m_args.keywords) {
                if (strText(name) == first)
                    return value;
            }
            raiseKeyError(key);
        }
        if (m_mapping)
            valueError("Format string contains positional fields");
        if (index >= static_cast<int64_t>(m_args.positional.size()))
            raise(builtin::IndexError(), "Replacement index " + std::to_string(index)
                                             + " out of range for positional args tuple");
        return m_args.positional[static_cast<size_t>(index)];
    }

    // The object a field name denotes: the argument, then each `.attr` and `[key]`.
    Value fieldObject(std::string_view name)
    {
        size_t i = name.find_first_of(".[");
        if (i == std::string_view::npos)
            i = name.size();
        Value obj = firstObject(name.substr(0, i));
        while (i < name.size()) {
            const char kind = name[i++];
            if (kind != '.' && kind != '[')
                valueError("Only '.' or '[' may follow ']' in format field specifier");
            const size_t end = kind == '.' ? std::min(name.find_first_of(".[", i), name.size()) : name.find(']', i);
            if (end == std::string_view::npos)
                valueError("Missing ']' in format string");
            const std::string_view part = name.substr(i, end - i);
            if (part.empty())
                valueError("Empty attribute in format string");
            i = kind == '.' ? end : end + 1;
            if (kind == '.') {
                // A Value, not a string_view: py::name would intern the scenario's text forever.
                obj = getAttr(obj, aw::str(std::string(part)));
                continue;
            }
            const int64_t index = fieldIndex(part);
            obj = getItem(obj, index >= 0 ? Value::integer(index) : aw::str(std::string(part)));
        }
        return obj;
    }

    const CallArgs &m_args;
    const Value *m_mapping;
    Numbering m_numbering = Numbering::Unset;
    int64_t m_nextAuto = 0;
};

// PEP 3101 allows a field inside a format spec, but no deeper.
constexpr int kMaxDepth = 2;

Value format(const std::string &self, const CallArgs &args)
{
    return aw::str(FieldFormatter(args, nullptr).build(self, kMaxDepth));
}

Value formatMap(const std::string &self, const CallArgs &args)
{
    const Value &mapping = positionalOnly(args, "format_map", 1, 1)[0];
    return aw::str(FieldFormatter(CallArgs{}, &mapping).build(self, kMaxDepth));
}

// str.__format__: the mini-language, except that a str subclass with an empty spec is
// str(self), which its class may override.
Value dunderFormat(const Value &self, const CallArgs &args)
{
    auto *s = self.as<StrObject>();
    if (!s)
        raise(builtin::TypeError(), "descriptor '__format__' for 'str' objects doesn't apply to a '"
                                        + typeOf(self)->name() + "' object");
    const std::string &spec = strArg(positionalOnly(args, "__format__", 1, 1)[0],
                                     "__format__() argument must be str, not ");
    if (spec.empty() && typeOf(self) != strType())
        return aw::str(py::str(self));
    return aw::str(unwrap(text::formatStr(s->utf8(), spec)));
}

} // namespace

void defineFormatMethods()
{
    define("format", format);
    define("format_map", formatMap);
    defineMethod(strType(), "__format__", dunderFormat);
}

} // namespace aw::py::strimpl
