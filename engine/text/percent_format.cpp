#include "percent_format.h"

#include "float_digits.h"
#include "utf8.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <limits>

namespace aw::text {
namespace {

// Mirrors the fmtpos/fmtcnt cursor of unicode_format_arg_parse: read() fails
// once the format string is exhausted, which is "incomplete format".
class Cursor {
public:
    Cursor(std::string_view text, std::size_t pos) : m_text(text), m_pos(pos) {}

    bool read(char32_t &c)
    {
        if (m_pos >= m_text.size())
            return false;
        c = nextCodePoint(m_text, m_pos);
        return true;
    }
    std::size_t pos() const { return m_pos; }

private:
    std::string_view m_text;
    std::size_t m_pos;
};

PyError incompleteFormat()
{
    return valueError("incomplete format");
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// Reads the rest of a decimal number whose first digit is c; leaves the
// following character in c.  False when the format ends inside the number.
bool readNumber(Cursor &cursor, char32_t &c, std::int64_t &value, std::int64_t limit, bool &tooBig)
{
    value = c - U'0';
    while (cursor.read(c)) {
        if (!isDigit(c))
            return true;
        const int digit = static_cast<int>(c - U'0');
        if (value > (limit - digit) / 10) {
            tooBig = true;
            return true;
        }
        value = value * 10 + digit;
    }
    return false;
}

PercentKind kindOf(char32_t c)
{
    switch (c) {
    case U'd': case U'i': case U'u': case U'o': case U'x': case U'X': return PercentKind::Integer;
    case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': return PercentKind::Float;
    case U's': case U'r': case U'a': return PercentKind::String;
    case U'c': return PercentKind::Char;
    default: return PercentKind::Unsupported;
    }
}

bool parseKey(Cursor &cursor, PercentSpec &spec, std::string_view format)
{
    const std::size_t keyStart = cursor.pos();
    int depth = 1;
    char32_t c = 0;
    while (depth > 0 && cursor.read(c)) {
        if (c == U')')
            --depth;
        else if (c == U'(')
            ++depth;
    }
    if (depth > 0)
        return false;
    spec.hasKey = true;
    spec.key = std::string(format.substr(keyStart, cursor.pos() - 1 - keyStart));
    return true;
}

bool applyFlag(char32_t c, PercentSpec &spec)
{
    switch (c) {
    case U'-': spec.leftAdjust = true; return true;
    case U'+': spec.plusSign = true; return true;
    case U' ': spec.blankSign = true; return true;
    case U'#': spec.alternate = true; return true;
    case U'0': spec.zeroPad = true; return true;
    default: return false;
    }
}

// unicode_format_arg_output: sign, '0x'/'0o' prefix, padding.  `numeric`
// is CPython's arg->sign: only numbers are zero-padded and signed.
std::string output(std::string_view text, const PercentSpec &spec, bool numeric)
{
    const char32_t c = spec.conversion;
    if (spec.kind == PercentKind::String && spec.precision >= 0)
        text = text.substr(0, std::min(text.size(), codePointOffset(text, static_cast<std::size_t>(spec.precision))));
    const char fill = numeric && spec.zeroPad ? '0' : ' ';
    auto length = static_cast<std::int64_t>(codePointCount(text));
    std::int64_t width = spec.width;
    std::string signChar;
    bool sign = numeric;
    if (sign && !text.empty() && (text[0] == '-' || text[0] == '+')) {
        signChar = text.substr(0, 1);
        text.remove_prefix(1);
        --length;
    } else if (sign && (spec.plusSign || spec.blankSign)) {
        signChar = spec.plusSign ? "+" : " ";
    } else {
        sign = false;
    }
    width = std::max(width, length);

    std::string out;
    if (sign) {
        if (fill != ' ')
            out += signChar;
        if (width > length)
            --width;
    }
    const bool prefixed = spec.alternate && (c == U'x' || c == U'X' || c == U'o');
    std::string_view prefix;
    if (prefixed) {
        prefix = text.substr(0, 2);
        text.remove_prefix(2);
        width = std::max<std::int64_t>(0, width - 2);
        length -= 2;
        if (fill != ' ')
            out += prefix;
    }
    if (width > length && !spec.leftAdjust) {
        out.append(static_cast<std::size_t>(width - length), fill);
        width = length;
    }
    if (fill == ' ') {
        out += signChar;
        out += prefix;
    }
    out += text;
    if (width > length)
        out.append(static_cast<std::size_t>(width - length), ' ');
    return out;
}

} // namespace

Result<PercentSpec> parsePercentSpec(std::string_view format, std::size_t percentPos)
{
    PercentSpec spec;
    Cursor cursor(format, percentPos + 1);
    char32_t c = 0;
    if (!cursor.read(c))
        return incompleteFormat();
    if (c == U'(' && !parseKey(cursor, spec, format))
        return valueError("incomplete format key");
    if (spec.hasKey && !cursor.read(c))
        return incompleteFormat();
    while (applyFlag(c, spec)) {
        if (!cursor.read(c))
            return incompleteFormat();
    }
    bool tooBig = false;
    if (c == U'*') {
        spec.widthFromArg = true;
        if (!cursor.read(c))
            return incompleteFormat();
    } else if (isDigit(c)) {
        if (!readNumber(cursor, c, spec.width, std::numeric_limits<std::int64_t>::max(), tooBig))
            return incompleteFormat();
        if (tooBig)
            return valueError("width too big");
    }
    if (c == U'.') {
        spec.precision = 0;
        if (!cursor.read(c))
            return incompleteFormat();
        if (c == U'*') {
            spec.precisionFromArg = true;
            if (!cursor.read(c))
                return incompleteFormat();
        } else if (isDigit(c)) {
            if (!readNumber(cursor, c, spec.precision, INT_MAX, tooBig))
                return incompleteFormat();
            if (tooBig)
                return valueError("precision too big");
        }
    }
    if ((c == U'h' || c == U'l' || c == U'L') && !cursor.read(c))
        return incompleteFormat();

    spec.conversion = c;
    const bool bareLiteral = c == U'%' && cursor.pos() == percentPos + 2;
    spec.kind = bareLiteral ? PercentKind::Literal : kindOf(c);
    spec.end = cursor.pos();
    spec.conversionIndex = codePointCount(format.substr(0, spec.end)) - 1;
    return spec;
}

void setWidthFromArg(PercentSpec &spec, std::int64_t width)
{
    if (width < 0) {
        spec.leftAdjust = true;
        width = width == std::numeric_limits<std::int64_t>::min() ? std::numeric_limits<std::int64_t>::max() : -width;
    }
    spec.width = width;
}

std::optional<PyError> setPrecisionFromArg(PercentSpec &spec, std::int64_t precision)
{
    if (precision > INT_MAX || precision < INT_MIN)
        return PyError{PyErrorKind::OverflowError, "Python int too large to convert to C int"};
    spec.precision = precision < 0 ? 0 : precision;
    return std::nullopt;
}

PyError unsupportedConversion(const PercentSpec &spec)
{
    const char32_t c = spec.conversion;
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "unsupported format character '%c' (0x%x) at index %zu",
                  c >= 31 && c <= 126 ? static_cast<char>(c) : '?', static_cast<unsigned>(c), spec.conversionIndex);
    return valueError(buffer);
}

int percentIntBase(const PercentSpec &spec)
{
    const char32_t c = spec.conversion;
    return c == U'x' || c == U'X' ? 16 : c == U'o' ? 8 : 10;
}

Result<std::string> percentFormatIntDigits(bool negative, std::string digits, const PercentSpec &spec)
{
    if (spec.precision > INT_MAX - 3)
        return PyError{PyErrorKind::OverflowError, "precision too large"};
    const char32_t c = spec.conversion;
    if (c == U'X')
        std::transform(digits.begin(), digits.end(), digits.begin(),
                       [](char d) { return d >= 'a' && d <= 'f' ? static_cast<char>(d - 'a' + 'A') : d; });
    if (spec.precision > static_cast<std::int64_t>(digits.size()))
        digits.insert(0, static_cast<std::size_t>(spec.precision) - digits.size(), '0');
    std::string text = negative ? "-" : "";
    if (spec.alternate && percentIntBase(spec) != 10)
        text += c == U'X' ? "0X" : c == U'x' ? "0x" : "0o";
    return output(text + digits, spec, true);
}

Result<std::string> percentFormatInt(std::int64_t value, const PercentSpec &spec)
{
    const auto base = static_cast<unsigned>(percentIntBase(spec));
    std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::string digits;
    do {
        digits.insert(digits.begin(), "0123456789abcdef"[magnitude % base]);
        magnitude /= base;
    } while (magnitude != 0);
    return percentFormatIntDigits(value < 0, std::move(digits), spec);
}

std::string percentFormatFloat(double value, const PercentSpec &spec)
{
    const int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
    const std::string text =
        doubleToString(value, static_cast<char>(spec.conversion), precision, spec.alternate ? kDtsfAlt : 0U);
    return output(text, spec, true);
}

std::string percentFormatStr(std::string_view utf8, const PercentSpec &spec)
{
    return output(utf8, spec, false);
}

std::string percentFormatChar(char32_t cp, const PercentSpec &spec)
{
    std::string text;
    appendUtf8(text, cp);
    return output(text, spec, false);
}

Result<char32_t> percentCharFromInt(std::int64_t value)
{
    if (value < 0 || value > kMaxCodePoint)
        return PyError{PyErrorKind::OverflowError, "%c arg not in range(0x110000)"};
    return static_cast<char32_t>(value);
}

} // namespace aw::text
