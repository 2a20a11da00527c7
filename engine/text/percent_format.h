// printf-style str formatting (str % args), one conversion at a time: a port
// of the conversion parsing and output of PyUnicode_Format in CPython 3.11's
// Objects/unicodeobject.c.  The interpreter walks the format string, fetches
// arguments (from the tuple or mapping) and converts objects with str(),
// repr() or ascii() for %s, %r and %a; these functions do the rest.
#pragma once

#include "py_error.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aw::text {

enum class PercentKind {
    Literal,     // "%%": writes '%' and consumes no argument
    Integer,     // d i u o x X (d i u also take floats, truncated by int())
    Float,       // e E f F g G
    String,      // s r a: the caller passes str(), repr() or ascii() of the argument
    Char,        // c
    Unsupported, // anything else: consume the argument, then raise unsupportedConversion()
};

struct PercentSpec {
    bool hasKey = false;
    std::string key;              // the text of "%(key)s"
    bool leftAdjust = false;      // '-'
    bool plusSign = false;        // '+'
    bool blankSign = false;       // ' '
    bool alternate = false;       // '#'
    bool zeroPad = false;         // '0'
    bool widthFromArg = false;    // '*': call setWidthFromArg before formatting
    std::int64_t width = -1;
    bool precisionFromArg = false;
    std::int64_t precision = -1;
    char32_t conversion = U'%';
    PercentKind kind = PercentKind::Literal;
    std::size_t conversionIndex = 0; // code point index, for error messages
    std::size_t end = 0;             // byte offset just past the conversion
};

// Parses the conversion whose '%' is at byte offset `percentPos` of `format`.
// Errors are CPython's: "incomplete format", "incomplete format key",
// "width too big", "precision too big".
Result<PercentSpec> parsePercentSpec(std::string_view format, std::size_t percentPos);

// The values of '*' arguments, applied as CPython does: a negative width
// means left-adjust, a negative precision means 0, and a precision must fit
// a C int (OverflowError otherwise).
void setWidthFromArg(PercentSpec &spec, std::int64_t width);
std::optional<PyError> setPrecisionFromArg(PercentSpec &spec, std::int64_t precision);

// ValueError "unsupported format character 'z' (0x7a) at index 3".
PyError unsupportedConversion(const PercentSpec &spec);

Result<std::string> percentFormatInt(std::int64_t value, const PercentSpec &spec);
// The base an integer conversion writes in: 16, 8 or 10.
int percentIntBase(const PercentSpec &spec);
// An int of any size, as its sign and its magnitude's digits (lowercase) in percentIntBase().
Result<std::string> percentFormatIntDigits(bool negative, std::string digits, const PercentSpec &spec);
std::string percentFormatFloat(double value, const PercentSpec &spec);
std::string percentFormatStr(std::string_view utf8, const PercentSpec &spec);
std::string percentFormatChar(char32_t cp, const PercentSpec &spec);

// The %c argument check for ints: OverflowError "%c arg not in range(0x110000)".
Result<char32_t> percentCharFromInt(std::int64_t value);

} // namespace aw::text
