#include "float_digits.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <system_error>

namespace aw::text {
namespace {

// Both to_chars formats below emit at most 767 significant digits plus a
// 309-digit integer part, so this covers every precision dtoa would honour.
std::string toChars(double x, std::chars_format format, int precision)
{
    std::string buffer(static_cast<std::size_t>(precision) + 340, '\0');
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, format, precision);
    buffer.resize(static_cast<std::size_t>(result.ptr - buffer.data()));
    return buffer;
}

void stripTrailingZeros(std::string &digits)
{
    while (!digits.empty() && digits.back() == '0')
        digits.pop_back();
}

// Splits to_chars scientific output "-d.ddde+XX" into dtoa's form.
DecimalDigits fromScientific(std::string_view text)
{
    DecimalDigits result;
    if (text.front() == '-') {
        result.negative = true;
        text.remove_prefix(1);
    }
    const std::size_t e = text.find('e');
    for (const char c : text.substr(0, e)) {
        if (c != '.')
            result.digits.push_back(c);
    }
    int exponent = 0;
    const std::string_view exponentText = text.substr(e + 1);
    const char *first = exponentText.data() + (exponentText.front() == '+' ? 1 : 0);
    std::from_chars(first, exponentText.data() + exponentText.size(), exponent);
    result.decpt = exponent + 1;
    stripTrailingZeros(result.digits);
    return result;
}

DecimalDigits zeroDigits(double x)
{
    return {"0", 1, std::signbit(x)};
}

// Rounds exact digits half-to-even, keeping `keep` of them (possibly none):
// only needed for fixed mode with ndigits < 0, which to_chars cannot express.
DecimalDigits roundExact(DecimalDigits exact, int keep)
{
    DecimalDigits result{"", exact.decpt - keep, exact.negative};
    if (keep < 0)
        return result;
    const std::string &d = exact.digits;
    const auto keepSize = static_cast<std::size_t>(keep);
    bool roundUp = false;
    if (keepSize < d.size()) {
        const bool restNonZero = d.find_first_not_of('0', keepSize + 1) != std::string::npos;
        const bool lastOdd = keep > 0 && (d[keepSize - 1] - '0') % 2 == 1;
        roundUp = d[keepSize] > '5' || (d[keepSize] == '5' && (restNonZero || lastOdd));
    }
    result.digits = d.substr(0, keepSize);
    result.decpt = exact.decpt;
    if (roundUp) {
        std::size_t i = result.digits.size();
        while (i > 0 && result.digits[i - 1] == '9')
            result.digits[--i] = '0';
        if (i == 0) {
            result.digits.insert(result.digits.begin(), '1');
            ++result.decpt;
        } else {
            ++result.digits[i - 1];
        }
    }
    stripTrailingZeros(result.digits);
    if (result.digits.empty())
        result.decpt = exact.decpt - keep;
    return result;
}

void appendExponent(std::string &out, int exponent, bool upper)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%c%+.02d", upper ? 'E' : 'e', exponent);
    out += buffer;
}

// format_float_short's layout: the slice [vStart, vEnd) of the digits padded
// with zeros on both sides, with the point placed at decpt.
std::string layoutDigits(const DecimalDigits &d, char code, int precision, unsigned flags, bool upper)
{
    const bool alt = flags & kDtsfAlt;
    const bool addDot0 = flags & kDtsfAddDot0;
    const int len = static_cast<int>(d.digits.size());
    int decpt = d.decpt;
    int vEnd = len;
    bool useExp = false;
    switch (code) {
    case 'e': useExp = true; vEnd = precision; break;
    case 'f': vEnd = decpt + precision; break;
    case 'g':
        useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
        if (alt)
            vEnd = precision;
        break;
    default: useExp = decpt <= -4 || decpt > 16; break;
    }
    const int exponent = decpt - 1;
    if (useExp)
        decpt = 1;
    const int vStart = decpt <= 0 ? decpt - 1 : 0;
    vEnd = std::max(vEnd, (!useExp && addDot0) ? decpt + 1 : decpt);

    std::string out = d.negative ? "-" : "";
    if (decpt <= 0) {
        out.append(static_cast<std::size_t>(decpt - vStart), '0');
        out += '.';
        out.append(static_cast<std::size_t>(-decpt), '0');
    }
    if (decpt > 0 && decpt <= len) {
        out.append(d.digits, 0, static_cast<std::size_t>(decpt));
        out += '.';
        out.append(d.digits, static_cast<std::size_t>(decpt));
    } else {
        out += d.digits;
    }
    if (len < decpt) {
        out.append(static_cast<std::size_t>(decpt - len), '0');
        out += '.';
        out.append(static_cast<std::size_t>(std::max(0, vEnd - decpt)), '0');
    } else {
        out.append(static_cast<std::size_t>(std::max(0, vEnd - len)), '0');
    }
    if (out.back() == '.' && !alt)
        out.pop_back();
    if (useExp)
        appendExponent(out, exponent, upper);
    return out;
}

} // namespace

DecimalDigits shortestDigits(double x)
{
    if (x == 0)
        return zeroDigits(x);
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
    return fromScientific(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
}

DecimalDigits significantDigits(double x, int count)
{
    if (x == 0)
        return zeroDigits(x);
    return fromScientific(toChars(x, std::chars_format::scientific, count - 1));
}

DecimalDigits fixedDigits(double x, int ndigits)
{
    if (x == 0)
        return zeroDigits(x);
    if (ndigits < 0) {
        const DecimalDigits exact = fromScientific(toChars(x, std::chars_format::scientific, 766));
        return roundExact(exact, exact.decpt + ndigits);
    }
    const std::string text = toChars(x, std::chars_format::fixed, ndigits);
    DecimalDigits result;
    result.negative = text.front() == '-';
    const std::size_t point = text.find('.');
    const std::size_t intEnd = point == std::string::npos ? text.size() : point;
    const std::size_t begin = result.negative ? 1 : 0;
    result.digits = text.substr(begin, intEnd - begin);
    if (point != std::string::npos)
        result.digits += text.substr(point + 1);
    const std::size_t firstNonZero = result.digits.find_first_not_of('0');
    if (firstNonZero == std::string::npos)
        return {"", -ndigits, result.negative};
    result.decpt = static_cast<int>(intEnd - begin) - static_cast<int>(firstNonZero);
    result.digits.erase(0, firstNonZero);
    stripTrailingZeros(result.digits);
    return result;
}

std::string doubleToString(double x, char code, int precision, unsigned flags)
{
    const bool upper = code == 'E' || code == 'F' || code == 'G';
    if (upper)
        code = static_cast<char>(code - 'A' + 'a');
    if (std::isnan(x))
        return upper ? "NAN" : "nan";
    if (std::isinf(x))
        return std::string(x < 0 ? "-" : "") + (upper ? "INF" : "inf");

    DecimalDigits digits;
    switch (code) {
    case 'e':
        ++precision;
        digits = significantDigits(x, precision);
        break;
    case 'f': digits = fixedDigits(x, precision); break;
    case 'g':
        precision = std::max(precision, 1);
        digits = significantDigits(x, precision);
        break;
    default: digits = shortestDigits(x); break;
    }
    if ((flags & kDtsfNoNegZero) && (digits.digits.empty() || digits.digits == "0"))
        digits.negative = false;
    return layoutDigits(digits, code, precision, flags, upper);
}

std::optional<double> parseDecimal(std::string_view text)
{
    std::size_t pos = text.empty() || (text[0] != '+' && text[0] != '-') ? 0 : 1;
    const bool negative = pos == 1 && text[0] == '-';
    const std::size_t mantissaStart = pos;
    long long leadingDigits = 0; // decimal exponent of the first significant digit, roughly
    bool seenNonZero = false;
    bool seenPoint = false;
    std::size_t digitCount = 0;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else if (c >= '0' && c <= '9') {
            ++digitCount;
            seenNonZero = seenNonZero || c != '0';
            if (seenNonZero && !seenPoint)
                ++leadingDigits;
            else if (!seenNonZero && seenPoint)
                --leadingDigits;
        } else {
            break;
        }
    }
    if (digitCount == 0)
        return std::nullopt;
    long long exponent = 0;
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
        std::size_t e = pos + 1;
        const bool negativeExponent = e < text.size() && text[e] == '-';
        if (e < text.size() && (text[e] == '+' || text[e] == '-'))
            ++e;
        const std::size_t exponentDigits = e;
        for (; e < text.size() && text[e] >= '0' && text[e] <= '9'; ++e)
            exponent = std::min(exponent * 10 + (text[e] - '0'), 1'000'000'000LL);
        if (e == exponentDigits)
            return std::nullopt;
        exponent = negativeExponent ? -exponent : exponent;
        pos = e;
    }
    if (pos != text.size())
        return std::nullopt;

    double value = 0;
    const char *begin = text.data() + mantissaStart;
    const auto result = std::from_chars(begin, text.data() + text.size(), value);
    if (result.ec == std::errc::result_out_of_range) {
        const bool overflow = seenNonZero && leadingDigits + exponent > 0;
        value = overflow ? std::numeric_limits<double>::infinity() : 0.0;
    }
    return negative ? -value : value;
}

} // namespace aw::text
