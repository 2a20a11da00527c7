// json: dumps() and loads(), with CPython's output layout and error messages. load() and
// dump() read and write files, which scenarios cannot reach: the module's attribute error
// says so, as sys does.

#include "modules.h"

#include "core/containers.h"
#include "core/recursion.h"
#include "core/str.h"
#include "py/args.h"
#include "py/dict.h"
#include "py/function.h"
#include "py/protocol.h"
#include "py/sequence_util.h"
#include "text/number_format.h"
#include "text/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aw::interp {

namespace {

TypeObject *decodeErrorType()
{
    static TypeObject *const t = makeBuiltinType("JSONDecodeError", "json.decoder", {builtin::ValueError()});
    return t;
}

void appendEscaped(std::string &out, std::string_view utf8, bool ensureAscii)
{
    out += '"';
    size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t c = text::nextCodePoint(utf8, pos);
        char buf[16];
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        default: break;
        }
        if (c >= 0x20 && (c < 0x7f || (!ensureAscii && c >= 0x7f))) {
            text::appendUtf8(out, c);
        } else if (c > 0xffff) {
            const char32_t v = c - 0x10000;
            std::snprintf(buf, sizeof buf, "\\u%04x\\u%04x", static_cast<unsigned>(0xd800 + (v >> 10)),
                          static_cast<unsigned>(0xdc00 + (v & 0x3ff)));
            out += buf;
        } else {
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        }
    }
    out += '"';
}

std::string floatText(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    return text::floatRepr(d);
}

struct Encoder {
    bool ensureAscii = true;
    bool sortKeys = false;
    bool indented = false;
    std::string indent, itemSeparator, keySeparator;
    Value defaultHook;
    std::vector<const Object *> open; // containers being encoded, for circular references
    std::string out;

    void newline(size_t level)
    {
        out += '\n';
        for (size_t i = 0; i < level; ++i)
            out += indent;
    }

    std::string keyText(const Value &k)
    {
        if (auto *s = k.as<StrObject>())
            return s->utf8();
        if (k.isBool())
            return k.asBool() ? "true" : "false";
        if (k.isNone())
            return "null";
        if (k.isFloat())
            return floatText(k.asFloat());
        if (py::isInstance(k, py::intType()))
            return py::repr(k);
        py::raise(builtin::TypeError(), "keys must be str, int, float, bool or None, not " + py::typeOf(k)->name());
    }

    void enter(const Object *o)
    {
        if (std::find(open.begin(), open.end(), o) != open.end())
            py::raise(builtin::ValueError(), "Circular reference detected");
        open.push_back(o);
    }

    void encode(const Value &v, size_t level)
    {
        RecursionGuard guard(" while encoding a JSON object");
        if (v.isNone())
            out += "null";
        else if (v.isBool())
            out += v.asBool() ? "true" : "false";
        else if (v.isFloat())
            out += floatText(v.asFloat());
        else if (py::typeOf(v) == py::intType() || v.isInt())
            out += py::repr(v);
        else if (auto *s = v.as<StrObject>())
            appendEscaped(out, s->utf8(), ensureAscii);
        else if (v.as<ListObject>() || v.as<TupleObject>())
            encodeArray(v, level);
        else if (auto *d = v.as<DictObject>())
            encodeObject(*d, level);
        else
            encodeOther(v, level);
    }

    void encodeArray(const Value &v, size_t level)
    {
        const std::vector<Value> items = py::collect(v);
        if (items.empty()) {
            out += "[]";
            return;
        }
        enter(v.asObject());
        out += '[';
        for (size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += itemSeparator;
            if (indented)
                newline(level + 1);
            encode(items[i], level + 1);
        }
        if (indented)
            newline(level);
        out += ']';
        open.pop_back();
    }

    void encodeObject(const DictObject &d, size_t level)
    {
        if (d.size() == 0) {
            out += "{}";
            return;
        }
        enter(&d);
        std::vector<std::pair<Value, Value>> items;
        for (const auto &e : d.entries())
            if (e.live)
                items.emplace_back(e.key, e.value);
        if (sortKeys)
            std::stable_sort(items.begin(), items.end(),
                             [](const auto &a, const auto &b) { return py::lessThan(a.first, b.first); });
        out += '{';
        for (size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += itemSeparator;
            if (indented)
                newline(level + 1);
            appendEscaped(out, keyText(items[i].first), ensureAscii);
            out += keySeparator;
            encode(items[i].second, level + 1);
        }
        if (indented)
            newline(level);
        out += '}';
        open.pop_back();
    }

    void encodeOther(const Value &v, size_t level)
    {
        if (defaultHook.isNone())
            py::raise(builtin::TypeError(), "Object of type " + py::typeOf(v)->name() + " is not JSON serializable");
        const Object *o = v.kind() == Value::Kind::Object ? v.asObject() : nullptr;
        if (o)
            enter(o);
        encode(py::call(defaultHook, {v}), level);
        if (o)
            open.pop_back();
    }
};

Value dumps(const Value &, const CallArgs &args)
{
    auto a = py::parseArgs(args, "dumps",
                           {"obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent",
                            "separators", "default", "sort_keys"},
                           1, 1);
    Encoder enc;
    enc.ensureAscii = a[2].isNone() || py::truthy(a[2]);
    enc.sortKeys = !a[9].isNone() && py::truthy(a[9]);
    if (!a[5].isNone())
        py::raise(builtin::TypeError(), "json.dumps(cls=...) is not available in scenarios");
    if (!a[6].isNone()) {
        enc.indented = true;
        enc.indent = a[6].as<StrObject>() ? py::strText(a[6]) : std::string(static_cast<size_t>(std::max<int64_t>(
                                                                                 0, py::toInt(a[6]))), ' ');
    }
    enc.itemSeparator = enc.indented ? "," : ", ";
    enc.keySeparator = ": ";
    if (!a[7].isNone()) {
        std::vector<Value> seps = py::collect(a[7]);
        if (seps.size() != 2)
            py::raise(builtin::ValueError(), "separators must be an (item_separator, key_separator) pair");
        enc.itemSeparator = py::strText(seps[0], "item separator");
        enc.keySeparator = py::strText(seps[1], "key separator");
    }
    enc.defaultHook = a[8];
    enc.encode(a[0], 0);
    return aw::str(std::move(enc.out));
}

class Decoder {
public:
    explicit Decoder(std::string_view utf8) : m_text(text::decodeUtf8(utf8)) {}

    Value document()
    {
        skipSpace();
        Value v = value();
        skipSpace();
        if (m_pos != m_text.size())
            fail("Extra data", m_pos);
        return v;
    }

private:
    [[noreturn]] void fail(const std::string &msg, size_t pos)
    {
        size_t line = 1, lineStart = 0;
        for (size_t i = 0; i < pos && i < m_text.size(); ++i)
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        const std::string text = msg + ": line " + std::to_string(line) + " column " +
                                 std::to_string(pos - lineStart + 1) + " (char " + std::to_string(pos) + ")";
        throw PyException(make<ExceptionObject>(decodeErrorType(), std::vector<Value>{aw::str(text)}));
    }

    char32_t peek() const { return m_pos < m_text.size() ? m_text[m_pos] : 0; }

    void skipSpace()
    {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(std::u32string_view word)
    {
        if (m_text.compare(m_pos, word.size(), word) != 0)
            return false;
        m_pos += word.size();
        return true;
    }

    Value value()
    {
        RecursionGuard guard(" while decoding a JSON document");
        switch (peek()) {
        case '"': return string();
        case '{': return object();
        case '[': return array();
        default: break;
        }
        if (literal(U"null"))
            return Value();
        if (literal(U"true"))
            return Value::boolean(true);
        if (literal(U"false"))
            return Value::boolean(false);
        if (literal(U"NaN"))
            return Value::floating(std::nan(""));
        if (literal(U"Infinity"))
            return Value::floating(HUGE_VAL);
        if (literal(U"-Infinity"))
            return Value::floating(-HUGE_VAL);
        return number();
    }

    bool digitAt(size_t i) const { return i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9'; }

    Value number()
    {
        size_t i = m_pos;
        if (i < m_text.size() && m_text[i] == '-')
            ++i;
        if (!digitAt(i))
            fail("Expecting value", m_pos);
        if (m_text[i] == '0')
            ++i;
        else
            while (digitAt(i))
                ++i;
        bool isFloat = false;
        if (i < m_text.size() && m_text[i] == '.' && digitAt(i + 1)) {
            isFloat = true;
            i += 1;
            while (digitAt(i))
                ++i;
        }
        if (i < m_text.size() && (m_text[i] == 'e' || m_text[i] == 'E')) {
            size_t j = i + 1;
            if (j < m_text.size() && (m_text[j] == '+' || m_text[j] == '-'))
                ++j;
            if (digitAt(j)) {
                isFloat = true;
                i = j;
                while (digitAt(i))
                    ++i;
            }
        }
        const Value digits = aw::str(text::encodeUtf8(std::u32string_view(m_text).substr(m_pos, i - m_pos)));
        m_pos = i;
        return py::call(Value(isFloat ? py::floatType() : py::intType()), {digits});
    }

    Value string()
    {
        const size_t start = m_pos++;
        std::string out;
        while (true) {
            if (m_pos >= m_text.size())
                fail("Unterminated string starting at", start);
            const char32_t c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return aw::str(std::move(out));
            }
            if (c < 0x20)
                fail("Invalid control character at", m_pos);
            if (c != '\\') {
                text::appendUtf8(out, c);
                ++m_pos;
                continue;
            }
            const size_t escape = m_pos;
            const char32_t e = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : 0;
            m_pos += 2;
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': text::appendUtf8(out, unicodeEscape(escape)); break;
            default:
                if (escape + 1 >= m_text.size())
                    fail("Unterminated string starting at", start);
                fail("Invalid \\escape", escape);
            }
        }
    }

    // After `\u`: four hex digits, and a low surrogate's escape joined to a high one.
    char32_t unicodeEscape(size_t escape)
    {
        char32_t c = hex4(escape);
        if (c >= 0xd800 && c <= 0xdbff && m_text.compare(m_pos, 2, U"\\u") == 0) {
            const size_t save = m_pos;
            m_pos += 2;
            const char32_t low = hex4(save);
            if (low >= 0xdc00 && low <= 0xdfff)
                return 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
            m_pos = save;
        }
        return c;
    }

    char32_t hex4(size_t escape)
    {
        char32_t v = 0;
        for (int k = 0; k < 4; ++k, ++m_pos) {
            const char32_t h = m_pos < m_text.size() ? m_text[m_pos] : 0;
            int d = h >= '0' && h <= '9' ? static_cast<int>(h - '0')
                    : h >= 'a' && h <= 'f' ? static_cast<int>(h - 'a' + 10)
                    : h >= 'A' && h <= 'F' ? static_cast<int>(h - 'A' + 10)
                                           : -1;
            if (d < 0)
                fail("Invalid \\uXXXX escape", escape + 1);
            v = v * 16 + static_cast<char32_t>(d);
        }
        return v;
    }

    Value array()
    {
        ++m_pos;
        auto result = make<ListObject>();
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return Value(result);
        }
        while (true) {
            skipSpace();
            result->items().push_back(value());
            skipSpace();
            if (peek() == ']') {
                ++m_pos;
                return Value(result);
            }
            if (peek() != ',')
                fail("Expecting ',' delimiter", m_pos);
            ++m_pos;
        }
    }

    Value object()
    {
        ++m_pos;
        auto result = make<DictObject>();
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return Value(result);
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                fail("Expecting property name enclosed in double quotes", m_pos);
            Value key = string();
            skipSpace();
            if (peek() != ':')
                fail("Expecting ':' delimiter", m_pos);
            ++m_pos;
            skipSpace();
            result->set(key, value());
            skipSpace();
            if (peek() == '}') {
                ++m_pos;
                return Value(result);
            }
            if (peek() != ',')
                fail("Expecting ',' delimiter", m_pos);
            ++m_pos;
        }
    }

    std::u32string m_text;
    size_t m_pos = 0;
};

Value loads(const Value &, const CallArgs &args)
{
    auto a = py::parseArgs(args, "loads", {"s"}, 1);
    if (!a[0].as<StrObject>())
        py::raise(builtin::TypeError(),
                  "the JSON object must be str, bytes or bytearray, not " + py::typeOf(a[0])->name());
    return Decoder(py::strText(a[0])).document();
}

} // namespace

void initJsonModule(ModuleObject &m)
{
    m.setMissingNote("not available in scenarios");
    m.def("dumps", dumps);
    m.def("loads", loads);
    m.set("JSONDecodeError", Value(decodeErrorType()));
}

} // namespace aw::interp
