// Python's format-spec mini-language (format(x, spec), f"{x:spec}",
// str.format) for int, float and str, and repr(float), matching CPython 3.11's
// Python/formatter_unicode.c message for message.
#pragma once

#include "py_error.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace aw::text {

// A parsed spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// Fields keep "not given" apart from defaults because the defaults depend on
// the type of the value being formatted.
struct FormatSpec {
    char32_t fill = U' ';
    bool fillGiven = false;
    char align = '\0';       // '<', '>', '^', '=' or '\0' for the type's default
    char sign = '\0';        // '+', '-', ' ' or '\0'
    bool noNegZero = false;  // 'z'
    bool alternate = false;  // '#'
    bool zeroPad = false;    // '0' before the width
    std::int64_t width = -1;
    char grouping = '\0';    // ',', '_' or '\0'
    std::int64_t precision = -1;
    char32_t type = U'\0';   // '\0' when omitted
};

// Parses a spec.  `typeName` only appears in the "Invalid format specifier"
// message; checks that depend on the value's type (such as "Cannot specify ','
// with 's'.") are made by the format functions, before anything else, so the
// combined parse-then-format reports what CPython reports.
Result<FormatSpec> parseFormatSpec(std::string_view spec, std::string_view typeName);

// format(value, spec) for the three built-in types.  `typeName` is the
// Python type named in error messages (e.g. "bool" for formatInt(True, ...)).
Result<std::string> formatInt(std::int64_t value, const FormatSpec &spec, std::string_view typeName = "int");
Result<std::string> formatFloat(double value, const FormatSpec &spec, std::string_view typeName = "float");
Result<std::string> formatStr(std::string_view utf8, const FormatSpec &spec, std::string_view typeName = "str");

// An int of any size as format() sees it: its sign, the digits of its magnitude in base 2,
// 8, 10 or 16 (lowercase), its value for the float presentation types, and the value itself
// when it fits in int64 (for 'c').
struct IntDigits {
    bool negative = false;
    std::function<Result<std::string>(int base)> magnitude;
    std::function<Result<double>()> toDouble;
    std::optional<std::int64_t> small;
};
Result<std::string> formatInt(const IntDigits &value, const FormatSpec &spec, std::string_view typeName = "int");

// Parse and format in one step; an empty spec is str(value) as in CPython.
Result<std::string> formatInt(std::int64_t value, std::string_view spec, std::string_view typeName = "int");
Result<std::string> formatFloat(double value, std::string_view spec, std::string_view typeName = "float");
Result<std::string> formatStr(std::string_view utf8, std::string_view spec, std::string_view typeName = "str");

// repr(x) == str(x) for a float: shortest round-trip digits.
std::string floatRepr(double value);

// str(n) for an int.
std::string intToString(std::int64_t value);

} // namespace aw::text
