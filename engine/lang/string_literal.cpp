#include "string_literal.h"

#include "unicode.h"

namespace aw::lang {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// CPython decodes str literals after replacing every non-ASCII character by a 10-byte \UXXXXXXXX
// escape, so the positions in its error messages count that way.
std::size_t escapedPosition(std::string_view body, std::size_t bytePos)
{
    std::size_t pos = 0;
    for (std::size_t i = 0; i < bytePos; ++i) {
        const auto c = static_cast<unsigned char>(body[i]);
        if (c < 0x80)
            ++pos;
        else if ((c & 0xC0) != 0x80)
            pos += 10;
    }
    return pos;
}

EscapeResult truncated(std::string_view body, bool bytes, std::size_t start, std::size_t end, char kind)
{
    EscapeResult r;
    r.status = EscapeResult::Status::Error;
    if (bytes) {
        r.message = "(value error) invalid \\x escape at position " + std::to_string(start);
        return r;
    }
    const char* form = kind == 'x' ? "\\xXX" : kind == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
    r.message = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                std::to_string(escapedPosition(body, start)) + "-" + std::to_string(escapedPosition(body, end) - 1) +
                ": truncated " + form + " escape";
    return r;
}

// \xhh, \uhhhh or \Uhhhhhhhh starting with the backslash at `start`; `i` is at the letter and
// ends at the last digit.
EscapeResult hexEscape(std::string_view body, bool bytes, std::size_t start, std::size_t& i, std::string& out)
{
    const char kind = body[i];
    const int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
    char32_t value = 0;
    for (int n = 0; n < digits; ++n) {
        const int h = i + 1 < body.size() ? hexValue(body[i + 1]) : -1;
        if (h < 0)
            return truncated(body, bytes, start, i + 1, kind);
        value = value * 16 + static_cast<char32_t>(h);
        ++i;
    }
    if (value > 0x10FFFF) {
        return {EscapeResult::Status::Error, "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                                                 std::to_string(escapedPosition(body, start)) + "-" +
                                                 std::to_string(escapedPosition(body, i + 1) - 1) +
                                                 ": illegal Unicode character"};
    }
    if (bytes)
        out += static_cast<char>(value);
    else
        unicode::appendUtf8(out, value);
    return {};
}

} // namespace

StringLiteral splitStringLiteral(std::string_view token)
{
    StringLiteral lit;
    std::size_t i = 0;
    for (; i < token.size() && token[i] != '\'' && token[i] != '"'; ++i) {
        const char c = static_cast<char>(token[i] | 0x20);
        lit.bytes = lit.bytes || c == 'b';
        lit.raw = lit.raw || c == 'r';
        lit.fstring = lit.fstring || c == 'f';
    }
    const std::size_t quoteLen = token.size() - i >= 6 && token[i + 1] == token[i] && token[i + 2] == token[i] ? 3 : 1;
    lit.body = token.substr(i + quoteLen, token.size() - i - 2 * quoteLen);
    return lit;
}

EscapeResult decodeEscapes(std::string_view body, bool bytes, std::string& out)
{
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const std::size_t start = i;
        const char e = body[++i];
        switch (e) {
        case '\n': break;
        case '\\': case '\'': case '"': out += e; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned value = static_cast<unsigned>(e - '0');
            for (int n = 1; n < 3 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++n)
                value = value * 8 + static_cast<unsigned>(body[++i] - '0');
            if (bytes)
                out += static_cast<char>(value & 0xFF);
            else
                unicode::appendUtf8(out, value);
            break;
        }
        case 'x': case 'u': case 'U':
            if (bytes && e != 'x') {
                out += '\\';
                out += e;
                break;
            }
            if (EscapeResult r = hexEscape(body, bytes, start, i, out); r.status != EscapeResult::Status::Ok)
                return r;
            break;
        case 'N':
            if (!bytes)
                return {EscapeResult::Status::Unsupported, "\\N{...} escape in a string"};
            [[fallthrough]];
        default:
            // Unknown escapes keep their backslash (CPython only warns).
            out += '\\';
            out += e;
        }
    }
    return {};
}

} // namespace aw::lang
