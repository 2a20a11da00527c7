// format() for int, float and str: a port of format_long_internal,
// format_float_internal, format_string_internal, calc_number_widths and
// fill_number from CPython 3.11's Python/formatter_unicode.c.
#include "number_format.h"

#include "float_digits.h"
#include "utf8.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <optional>

namespace aw::text {
namespace {

// Fill and alignment once the value type's defaults are applied.
struct Layout {
    char32_t fill;
    char align;
};

Layout resolveLayout(const FormatSpec &spec, char defaultAlign)
{
    Layout layout{spec.fill, spec.align != '\0' ? spec.align : defaultAlign};
    if (spec.zeroPad) {
        layout.fill = U'0';
        if (spec.align == '\0' && defaultAlign == '>')
            layout.align = '=';
    }
    return layout;
}

std::string quotedCode(char32_t type)
{
    char buffer[32];
    if (type > 32 && type < 128)
        std::snprintf(buffer, sizeof buffer, "'%c'", static_cast<char>(type));
    else
        std::snprintf(buffer, sizeof buffer, "'\\x%x'", static_cast<unsigned>(type));
    return buffer;
}

PyError unknownCode(char32_t type, std::string_view typeName)
{
    return valueError("Unknown format code " + quotedCode(type) + " for object of type '" + std::string(typeName) +
                      "'");
}

// PEP 378 and PEP 515: which types accept ',' and '_'.
std::optional<PyError> checkGrouping(char grouping, char32_t type)
{
    if (grouping == '\0')
        return std::nullopt;
    switch (type) {
    case U'd': case U'e': case U'f': case U'g': case U'E': case U'G': case U'%': case U'F': case U'\0':
        return std::nullopt;
    case U'b': case U'o': case U'x': case U'X':
        if (grouping == '_')
            return std::nullopt;
        break;
    default: break;
    }
    return valueError(std::string("Cannot specify '") + grouping + "' with " + quotedCode(type) + ".");
}

int groupSizeFor(char grouping, char32_t type)
{
    if (grouping == '\0')
        return 0;
    const bool binaryLike = type == U'b' || type == U'o' || type == U'x' || type == U'X';
    return binaryLike ? 4 : 3;
}

void appendFill(std::string &out, char32_t fill, std::int64_t count)
{
    for (std::int64_t i = 0; i < count; ++i)
        appendUtf8(out, fill);
}

// _PyUnicode_InsertThousandsGrouping: groups the digits from the right and
// pads with '0' (separators included) up to minWidth.
std::string groupDigits(std::string_view digits, std::int64_t minWidth, int groupSize, char separator)
{
    minWidth = std::max<std::int64_t>(0, minWidth);
    auto remaining = static_cast<std::int64_t>(digits.size());
    std::string reversed;
    bool useSeparator = false;
    auto emit = [&](std::int64_t length) {
        const std::int64_t zeros = std::max<std::int64_t>(0, length - remaining);
        const std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, length));
        if (useSeparator)
            reversed.push_back(separator);
        for (std::int64_t i = 0; i < chars; ++i)
            reversed.push_back(digits[static_cast<std::size_t>(remaining - 1 - i)]);
        reversed.append(static_cast<std::size_t>(zeros), '0');
        useSeparator = true;
        remaining -= chars;
    };
    bool finished = false;
    while (groupSize > 0) {
        const std::int64_t length = std::min<std::int64_t>(groupSize, std::max({remaining, minWidth, std::int64_t{1}}));
        emit(length);
        minWidth -= length;
        if (remaining <= 0 && minWidth <= 0) {
            finished = true;
            break;
        }
        minWidth -= 1;
    }
    if (!finished)
        emit(std::max({remaining, minWidth, std::int64_t{1}}));
    return {reversed.rbegin(), reversed.rend()};
}

// The pieces of a formatted number, as calc_number_widths sees them.
struct NumberParts {
    bool negative = false;
    std::string prefix;    // "0x" and friends
    std::string digits;    // integer digits, grouped and zero-padded
    bool hasDecimal = false;
    std::string remainder; // after the decimal point, or a 'c' character
};

std::string renderNumber(const NumberParts &parts, const FormatSpec &spec, const Layout &layout, int groupSize)
{
    std::string sign;
    if (spec.sign == '+')
        sign = parts.negative ? "-" : "+";
    else if (spec.sign == ' ')
        sign = parts.negative ? "-" : " ";
    else if (parts.negative)
        sign = "-";
    const auto fixedWidth = static_cast<std::int64_t>(sign.size() + parts.prefix.size() + (parts.hasDecimal ? 1 : 0) +
                                                      codePointCount(parts.remainder));
    const std::int64_t minWidth = layout.fill == U'0' && layout.align == '=' ? spec.width - fixedWidth : 0;
    const std::string grouped = parts.digits.empty()
        ? std::string()
        : groupDigits(parts.digits, minWidth, groupSize, spec.grouping);
    const std::int64_t padding = std::max<std::int64_t>(0, spec.width - fixedWidth - static_cast<std::int64_t>(grouped.size()));

    std::int64_t left = 0, inner = 0, right = 0;
    switch (layout.align) {
    case '<': right = padding; break;
    case '^': left = padding / 2; right = padding - left; break;
    case '=': inner = padding; break;
    default: left = padding; break;
    }
    std::string out;
    appendFill(out, layout.fill, left);
    out += sign;
    out += parts.prefix;
    appendFill(out, layout.fill, inner);
    out += grouped;
    if (parts.hasDecimal)
        out += '.';
    out += parts.remainder;
    appendFill(out, layout.fill, right);
    return out;
}

std::string toBase(std::uint64_t magnitude, int base, bool upper)
{
    const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string digits;
    do {
        digits.push_back(alphabet[magnitude % static_cast<unsigned>(base)]);
        magnitude /= static_cast<unsigned>(base);
    } while (magnitude != 0);
    return {digits.rbegin(), digits.rend()};
}

Result<NumberParts> intParts(const IntDigits &value, const FormatSpec &spec, char32_t type)
{
    NumberParts parts;
    if (type == U'c') {
        if (spec.sign != '\0')
            return valueError("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            return valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        if (!value.small)
            return PyError{PyErrorKind::OverflowError, "Python int too large to convert to C long"};
        if (*value.small < 0 || *value.small > kMaxCodePoint)
            return PyError{PyErrorKind::OverflowError, "%c arg not in range(0x110000)"};
        appendUtf8(parts.remainder, static_cast<char32_t>(*value.small));
        return parts;
    }
    int base = 10;
    const char *prefix = "";
    switch (type) {
    case U'b': base = 2; prefix = "0b"; break;
    case U'o': base = 8; prefix = "0o"; break;
    case U'x': base = 16; prefix = "0x"; break;
    case U'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    parts.negative = value.negative;
    Result<std::string> digits = value.magnitude(base);
    if (!digits)
        return digits.error();
    parts.digits = *digits;
    if (type == U'X')
        std::transform(parts.digits.begin(), parts.digits.end(), parts.digits.begin(),
                       [](char c) { return c >= 'a' && c <= 'f' ? static_cast<char>(c - 'a' + 'A') : c; });
    if (spec.alternate)
        parts.prefix = prefix;
    return parts;
}

// parse_number: splits "123.45e+06" into digits, point and remainder.
NumberParts floatParts(std::string text)
{
    NumberParts parts;
    if (!text.empty() && text.front() == '-') {
        parts.negative = true;
        text.erase(0, 1);
    }
    const std::size_t digitsEnd = std::min(text.find_first_not_of("0123456789"), text.size());
    parts.digits = text.substr(0, digitsEnd);
    parts.hasDecimal = digitsEnd < text.size() && text[digitsEnd] == '.';
    parts.remainder = text.substr(digitsEnd + (parts.hasDecimal ? 1 : 0));
    return parts;
}

} // namespace

Result<std::string> formatInt(const IntDigits &value, const FormatSpec &spec, std::string_view typeName)
{
    const char32_t type = spec.type != U'\0' ? spec.type : U'd';
    if (auto error = checkGrouping(spec.grouping, type))
        return *error;
    switch (type) {
    case U'b': case U'c': case U'd': case U'o': case U'x': case U'X': case U'n': break;
    case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'%': {
        Result<double> d = value.toDouble();
        if (!d)
            return d.error();
        return formatFloat(*d, spec, typeName);
    }
    default: return unknownCode(type, typeName);
    }
    if (spec.precision != -1)
        return valueError("Precision not allowed in integer format specifier");
    if (spec.noNegZero)
        return valueError("Negative zero coercion (z) not allowed in integer format specifier");
    Result<NumberParts> parts = intParts(value, spec, type);
    if (!parts)
        return parts.error();
    return renderNumber(*parts, spec, resolveLayout(spec, '>'), groupSizeFor(spec.grouping, type));
}

Result<std::string> formatInt(std::int64_t value, const FormatSpec &spec, std::string_view typeName)
{
    const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const IntDigits digits{value < 0, [magnitude](int base) { return Result<std::string>(toBase(magnitude, base, false)); },
                           [value] { return Result<double>(static_cast<double>(value)); }, value};
    return formatInt(digits, spec, typeName);
}

Result<std::string> formatFloat(double value, const FormatSpec &spec, std::string_view typeName)
{
    char32_t type = spec.type;
    if (auto error = checkGrouping(spec.grouping, type))
        return *error;
    switch (type) {
    case U'\0': case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'n': case U'%': break;
    default: return unknownCode(type, typeName);
    }
    if (spec.precision > INT_MAX)
        return valueError("precision too big");
    unsigned flags = (spec.alternate ? kDtsfAlt : 0U) | (spec.noNegZero ? kDtsfNoNegZero : 0U);
    int defaultPrecision = 6;
    char code = static_cast<char>(type);
    if (type == U'\0') {
        // Like repr() without a precision, like 'g' with one, but integral
        // values always keep a ".0".
        flags |= kDtsfAddDot0;
        code = 'r';
        defaultPrecision = 0;
    } else if (type == U'n') {
        code = 'g';
    } else if (type == U'%') {
        code = 'f';
        value *= 100;
    }
    int precision = defaultPrecision;
    if (spec.precision >= 0) {
        precision = static_cast<int>(spec.precision);
        if (code == 'r')
            code = 'g';
    }
    std::string text = doubleToString(value, code, precision, flags);
    if (type == U'%')
        text += '%';
    const int groupSize = type == U'n' ? 0 : groupSizeFor(spec.grouping, type);
    return renderNumber(floatParts(std::move(text)), spec, resolveLayout(spec, '>'), groupSize);
}

Result<std::string> formatStr(std::string_view utf8, const FormatSpec &spec, std::string_view typeName)
{
    const char32_t type = spec.type != U'\0' ? spec.type : U's';
    if (auto error = checkGrouping(spec.grouping, type))
        return *error;
    if (type != U's')
        return unknownCode(type, typeName);
    if (spec.sign == ' ')
        return valueError("Space not allowed in string format specifier");
    if (spec.sign != '\0')
        return valueError("Sign not allowed in string format specifier");
    if (spec.noNegZero)
        return valueError("Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate)
        return valueError("Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=')
        return valueError("'=' alignment not allowed in string format specifier");

    auto length = static_cast<std::int64_t>(codePointCount(utf8));
    if (spec.precision >= 0 && length > spec.precision) {
        utf8 = utf8.substr(0, codePointOffset(utf8, static_cast<std::size_t>(spec.precision)));
        length = spec.precision;
    }
    const Layout layout = resolveLayout(spec, '<');
    const std::int64_t padding = std::max<std::int64_t>(0, spec.width - length);
    const std::int64_t left = layout.align == '>' ? padding : layout.align == '^' ? padding / 2 : 0;
    std::string out;
    appendFill(out, layout.fill, left);
    out += utf8;
    appendFill(out, layout.fill, padding - left);
    return out;
}

Result<std::string> formatInt(std::int64_t value, std::string_view spec, std::string_view typeName)
{
    if (spec.empty())
        return intToString(value);
    Result<FormatSpec> parsed = parseFormatSpec(spec, typeName);
    return parsed ? formatInt(value, *parsed, typeName) : Result<std::string>(parsed.error());
}

Result<std::string> formatFloat(double value, std::string_view spec, std::string_view typeName)
{
    if (spec.empty())
        return floatRepr(value);
    Result<FormatSpec> parsed = parseFormatSpec(spec, typeName);
    return parsed ? formatFloat(value, *parsed, typeName) : Result<std::string>(parsed.error());
}

Result<std::string> formatStr(std::string_view utf8, std::string_view spec, std::string_view typeName)
{
    if (spec.empty())
        return std::string(utf8);
    Result<FormatSpec> parsed = parseFormatSpec(spec, typeName);
    return parsed ? formatStr(utf8, *parsed, typeName) : Result<std::string>(parsed.error());
}

std::string floatRepr(double value)
{
    return doubleToString(value, 'r', 0, kDtsfAddDot0);
}

std::string intToString(std::int64_t value)
{
    const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    return (value < 0 ? "-" : "") + toBase(magnitude, 10, false);
}

} // namespace aw::text
