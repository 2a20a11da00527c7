#include "unicode.h"

#include <algorithm>
#include <iterator>

namespace aw::lang::unicode {
namespace {

struct CodepointRange {
    char32_t first;
    char32_t last;
};

#include "unicode_tables.inc"

template <std::size_t N>
bool inTable(const CodepointRange (&table)[N], char32_t cp)
{
    auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                               [](char32_t value, const CodepointRange& r) { return value < r.first; });
    return it != std::begin(table) && cp <= std::prev(it)->last;
}

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

} // namespace

Decoded decode(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const std::size_t avail = text.size() - pos;
    const unsigned char c0 = byte(0);
    if (c0 < 0x80)
        return {c0, 1};
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        if (avail >= 2 && isContinuation(byte(1)))
            return {char32_t((c0 & 0x1F) << 6 | (byte(1) & 0x3F)), 2};
        return {};
    }
    if (c0 >= 0xE0 && c0 <= 0xEF) {
        if (avail < 3 || !isContinuation(byte(1)) || !isContinuation(byte(2)))
            return {};
        const char32_t cp = (c0 & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
            return {};
        return {cp, 3};
    }
    if (c0 >= 0xF0 && c0 <= 0xF4) {
        if (avail < 4 || !isContinuation(byte(1)) || !isContinuation(byte(2)) || !isContinuation(byte(3)))
            return {};
        const char32_t cp = (c0 & 0x07) << 18 | (byte(1) & 0x3F) << 12 | (byte(2) & 0x3F) << 6 | (byte(3) & 0x3F);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return {};
        return {cp, 4};
    }
    return {};
}

std::size_t findInvalidUtf8(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const Decoded d = decode(text, pos);
        if (d.length == 0)
            return pos;
        pos += static_cast<std::size_t>(d.length);
    }
    return std::string_view::npos;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t countCodepoints(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(),
                                                  [](char c) { return !isContinuation(static_cast<unsigned char>(c)); }));
}

bool isIdentifierStart(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return inTable(kIdentifierStart, cp);
}

bool isIdentifierContinue(char32_t cp)
{
    if (cp < 0x80)
        return isIdentifierStart(cp) || (cp >= '0' && cp <= '9');
    return inTable(kIdentifierContinue, cp);
}

bool isPrintable(char32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return !inTable(kNonPrintable, cp);
}

} // namespace aw::lang::unicode
