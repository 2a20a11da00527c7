#pragma once
// Shared by the files that implement str's methods (str_methods*.cpp, str_format*.cpp):
// the argument conventions of CPython's str methods, with their messages, and code point
// indexing over the UTF-8 text that StrObject stores.

#include "args.h"

#include "core/slots.h"
#include "core/value.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace aw::py::strimpl {

// The UTF-8 text of a str (or str subclass) value; the caller knows it is one.
const std::string &textOf(const Value &v);

// A str method: `self` is the receiver's text.
using Method = Value (*)(const std::string &self, const CallArgs &args);
// Registers str.<name>. Called through the type with a receiver that is not a str
// (`str.lower(1)`), it raises CPython's descriptor error.
void define(const char *name, Method fn);

// The calling conventions of CPython's str methods; each raises the TypeError CPython
// gives for that convention when the arguments do not fit.
// METH_NOARGS: `str.lower() takes no arguments (1 given)`.
void expectNoArgs(const CallArgs &args, const char *name);
// METH_VARARGS (count, find, startswith...): `count() takes at least 1 argument (0 given)`.
std::span<const Value> varArgs(const CallArgs &args, const char *name, size_t min, size_t max);
// Argument clinic, positional-only (center, replace, strip...): `center expected at least
// 1 argument, got 0`, or `str.join() takes exactly one argument (0 given)`.
std::span<const Value> positionalOnly(const CallArgs &args, const char *name, size_t min, size_t max);
// Argument clinic with keywords (split, splitlines, expandtabs, encode).
ParsedArgs keywordArgs(const CallArgs &args, const char *name, std::initializer_list<std::string_view> names);

// A str argument, with `message + type name` as the TypeError otherwise
// (`must be str, not int`).
const std::string &strArg(const Value &v, std::string_view message = "must be str, not ");

// Code point positions in UTF-8 text. Python indexes str by code point; ASCII text (the
// common case) maps them one to one onto bytes.
class CodePoints {
public:
    explicit CodePoints(std::string_view utf8);
    int64_t size() const noexcept { return m_size; }
    // Byte offset of code point `index`, 0 <= index <= size().
    size_t offset(int64_t index) const;
    // Code point index of a byte offset on a code point boundary.
    int64_t indexAt(size_t byteOffset) const;
    // Code points [start, stop), 0 <= start <= stop <= size().
    std::string_view slice(int64_t start, int64_t stop) const;

private:
    std::string_view m_text;
    bool m_ascii;
    int64_t m_size;
};

// The optional `start`/`end` arguments of find, count, startswith... (None or an index),
// clamped as CPython's ADJUST_INDICES does. `start` may end up beyond `end`.
struct IndexRange {
    int64_t start;
    int64_t end;
};
IndexRange adjustRange(std::span<const Value> startEnd, int64_t length);

// Groups of methods, registered by setupStrMethods().
void defineSearchMethods(); // str_methods_search.cpp
void defineSplitMethods();  // str_methods_split.cpp
void defineCaseMethods();   // str_methods_case.cpp
void defineLayoutMethods(); // str_methods_layout.cpp
void defineFormatMethods(); // str_format_fields.cpp

// Whether the text is an identifier (str_methods_identifier.cpp).
bool isIdentifier(std::string_view utf8);

// `format % args` (str_format_percent.cpp).
std::string percentFormat(const std::string &format, const Value &args);

} // namespace aw::py::strimpl
