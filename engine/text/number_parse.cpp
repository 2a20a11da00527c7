#include "number_parse.h"

#include "float_digits.h"
#include "unicode_props.h"
#include "utf8.h"

#include <cmath>
#include <limits>
#include <string>

namespace aw::text {
namespace {

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// _PyUnicode_TransformDecimalAndSpaceToASCII: other scripts' digits become
// ASCII digits and Unicode whitespace becomes ' '; anything else non-ASCII
// cannot be part of a number.
std::optional<std::string> toAsciiNumber(std::string_view utf8)
{
    std::string ascii;
    ascii.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t cp = nextCodePoint(utf8, pos);
        if (cp < 0x80) {
            ascii.push_back(static_cast<char>(cp));
        } else if (isSpace(cp)) {
            ascii.push_back(' ');
        } else if (const int digit = decimalValue(cp); digit >= 0) {
            ascii.push_back(static_cast<char>('0' + digit));
        } else {
            return std::nullopt;
        }
    }
    return ascii;
}

// _Py_string_to_number_with_underscores: an underscore must sit between two
// digits; the digits around it are kept.
std::optional<std::string> removeUnderscores(std::string_view text)
{
    std::string out;
    char previous = '\0';
    for (const char c : text) {
        if (c == '_') {
            if (!isAsciiDigit(previous))
                return std::nullopt;
        } else {
            if (previous == '_' && !isAsciiDigit(c))
                return std::nullopt;
            out.push_back(c);
        }
        previous = c;
    }
    if (previous == '_')
        return std::nullopt;
    return out;
}

bool startsWithNoCase(std::string_view text, std::string_view word)
{
    if (text.size() < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = text[i];
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != word[i])
            return false;
    }
    return true;
}

// _Py_parse_inf_or_nan, which must match the whole text here.
std::optional<double> parseInfOrNan(std::string_view text)
{
    const bool negative = !text.empty() && text[0] == '-';
    if (!text.empty() && (text[0] == '-' || text[0] == '+'))
        text.remove_prefix(1);
    double value = 0;
    if (text.size() == 3 && startsWithNoCase(text, "inf"))
        value = std::numeric_limits<double>::infinity();
    else if (text.size() == 8 && startsWithNoCase(text, "infinity"))
        value = std::numeric_limits<double>::infinity();
    else if (text.size() == 3 && startsWithNoCase(text, "nan"))
        value = std::numeric_limits<double>::quiet_NaN();
    else
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<double> parseStripped(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    if (auto special = parseInfOrNan(text))
        return special;
    return parseDecimal(text);
}

} // namespace

std::optional<double> parseFloatLiteral(std::string_view literal)
{
    const std::optional<std::string> plain = removeUnderscores(literal);
    return plain ? parseDecimal(*plain) : std::nullopt;
}

Result<double> floatFromString(std::string_view utf8)
{
    std::optional<double> value;
    if (std::optional<std::string> ascii = toAsciiNumber(utf8)) {
        if (ascii->find('_') == std::string::npos) {
            value = parseStripped(*ascii);
        } else if (std::optional<std::string> plain = removeUnderscores(*ascii)) {
            value = parseStripped(*plain);
        }
    }
    if (!value)
        return valueError("could not convert string to float: " + strRepr(utf8));
    return *value;
}

} // namespace aw::text
