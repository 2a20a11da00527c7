// parseFormatSpec: a port of parse_internal_render_format_spec from CPython
// 3.11's Python/formatter_unicode.c, minus the checks that need the value type.
#include "number_format.h"

#include "utf8.h"

#include <cstdint>
#include <limits>

namespace aw::text {
namespace {

bool isAlignChar(char32_t c)
{
    return c == U'<' || c == U'>' || c == U'=' || c == U'^';
}

// Reads ASCII digits at pos.  Returns the number of digits read, or -1 when
// the value would not fit in a Py_ssize_t (CPython's limit too).
int readInteger(const std::u32string &spec, std::size_t &pos, std::int64_t &value)
{
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    value = 0;
    int count = 0;
    for (; pos < spec.size() && spec[pos] >= U'0' && spec[pos] <= U'9'; ++pos, ++count) {
        const int digit = static_cast<int>(spec[pos] - U'0');
        if (value > (kMax - digit) / 10)
            return -1;
        value = value * 10 + digit;
    }
    return count;
}

PyError tooManyDigits()
{
    return valueError("Too many decimal digits in format string");
}

PyError bothSeparators()
{
    return valueError("Cannot specify both ',' and '_'.");
}

// Fill, align, sign, 'z', '#' and '0': everything before the width.
void parsePrefix(const std::u32string &s, std::size_t &pos, FormatSpec &spec)
{
    const std::size_t end = s.size();
    if (end - pos >= 2 && isAlignChar(s[pos + 1])) {
        spec.fill = s[pos];
        spec.fillGiven = true;
        spec.align = static_cast<char>(s[pos + 1]);
        pos += 2;
    } else if (end - pos >= 1 && isAlignChar(s[pos])) {
        spec.align = static_cast<char>(s[pos]);
        ++pos;
    }
    if (pos < end && (s[pos] == U'+' || s[pos] == U'-' || s[pos] == U' '))
        spec.sign = static_cast<char>(s[pos++]);
    if (pos < end && s[pos] == U'z') {
        spec.noNegZero = true;
        ++pos;
    }
    if (pos < end && s[pos] == U'#') {
        spec.alternate = true;
        ++pos;
    }
    // With an explicit fill, a leading '0' is just the first width digit.
    if (!spec.fillGiven && pos < end && s[pos] == U'0') {
        spec.zeroPad = true;
        ++pos;
    }
}

} // namespace

Result<FormatSpec> parseFormatSpec(std::string_view specUtf8, std::string_view typeName)
{
    const std::u32string s = decodeUtf8(specUtf8);
    const std::size_t end = s.size();
    std::size_t pos = 0;
    FormatSpec spec;
    parsePrefix(s, pos, spec);

    std::int64_t number = 0;
    const int widthDigits = readInteger(s, pos, number);
    if (widthDigits < 0)
        return tooManyDigits();
    spec.width = widthDigits == 0 ? -1 : number;

    if (pos < end && s[pos] == U',') {
        spec.grouping = ',';
        ++pos;
    }
    if (pos < end && s[pos] == U'_') {
        if (spec.grouping != '\0')
            return bothSeparators();
        spec.grouping = '_';
        ++pos;
    }
    if (pos < end && s[pos] == U',' && spec.grouping == '_')
        return bothSeparators();

    if (pos < end && s[pos] == U'.') {
        ++pos;
        const int precisionDigits = readInteger(s, pos, number);
        if (precisionDigits < 0)
            return tooManyDigits();
        if (precisionDigits == 0)
            return valueError("Format specifier missing precision");
        spec.precision = number;
    }

    if (end - pos > 1) {
        return valueError("Invalid format specifier '" + std::string(specUtf8) + "' for object of type '" +
                          std::string(typeName) + "'");
    }
    if (end - pos == 1)
        spec.type = s[pos];
    return spec;
}

} // namespace aw::text
