#include "py_repr.h"

#include "unicode.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace aw::lang {
namespace {

char chooseQuote(std::string_view text)
{
    return text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos ? '"' : '\'';
}

void appendHex(std::string& out, const char* prefix, unsigned value, int digits)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, value);
    out += buf;
}

// Like unicode::decode, but also accepts the 3-byte form of a lone surrogate.
unicode::Decoded decodeLenient(std::string_view text, std::size_t pos)
{
    unicode::Decoded d = unicode::decode(text, pos);
    if (d.length == 0 && pos + 2 < text.size() && static_cast<unsigned char>(text[pos]) == 0xED) {
        const auto b1 = static_cast<unsigned char>(text[pos + 1]);
        const auto b2 = static_cast<unsigned char>(text[pos + 2]);
        d.codepoint = char32_t(0xD000 | (b1 & 0x3F) << 6 | (b2 & 0x3F));
        d.length = 3;
    }
    if (d.length == 0) // unreachable for parser output; keep the byte visible
        d = {static_cast<unsigned char>(text[pos]), 1};
    return d;
}

} // namespace

std::string pythonStrRepr(std::string_view utf8)
{
    const char quote = chooseQuote(utf8);
    std::string out(1, quote);
    for (std::size_t i = 0; i < utf8.size();) {
        const unicode::Decoded d = decodeLenient(utf8, i);
        const char32_t c = d.codepoint;
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
            appendHex(out, "\\x", c, 2);
        } else if (c < 0x7F || unicode::isPrintable(c)) {
            out.append(utf8.substr(i, static_cast<std::size_t>(d.length)));
        } else if (c <= 0xFF) {
            appendHex(out, "\\x", c, 2);
        } else if (c <= 0xFFFF) {
            appendHex(out, "\\u", c, 4);
        } else {
            appendHex(out, "\\U", c, 8);
        }
        i += static_cast<std::size_t>(d.length);
    }
    out += quote;
    return out;
}

std::string pythonBytesRepr(std::string_view bytes)
{
    const char quote = chooseQuote(bytes);
    std::string out = std::string("b") + quote;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            appendHex(out, "\\x", c, 2);
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

std::string pythonFloatRepr(double value)
{
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    if (std::isnan(value))
        return "nan";
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<std::size_t>(result.ptr - buf));
    std::string sign;
    std::string_view mantissa = sci.substr(0, sci.find('e'));
    if (mantissa.front() == '-') {
        sign = "-";
        mantissa.remove_prefix(1);
    }
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.')
            digits += c;
    }
    const std::string_view expText = sci.substr(sci.find('e') + 1);
    int exponent = 0;
    std::from_chars(expText.data() + (expText.front() == '+' ? 1 : 0), expText.data() + expText.size(), exponent);
    const int decpt = exponent + 1;
    const int n = static_cast<int>(digits.size());
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0)
            return sign + "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
        if (decpt >= n)
            return sign + digits + std::string(static_cast<std::size_t>(decpt - n), '0') + ".0";
        return sign + digits.substr(0, static_cast<std::size_t>(decpt)) + "." + digits.substr(static_cast<std::size_t>(decpt));
    }
    std::string out = sign + digits.substr(0, 1);
    if (n > 1)
        out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exp;
}

} // namespace aw::lang
