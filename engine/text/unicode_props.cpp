#include "unicode_props.h"

#include "utf8.h"

#include <algorithm>
#include <iterator>

namespace aw::text {
namespace {

struct PropertyRun {
    char32_t start;
    std::uint16_t flags;
};

// Every code point in [first, last] whose distance from first is a multiple
// of stride maps to cp + delta.
struct CaseRun {
    char32_t first;
    char32_t last;
    std::uint8_t stride;
    std::int32_t delta;
};

struct SpecialCase {
    char32_t cp;
    char32_t chars[3];
};

#include "unicode_tables.inc"

enum Flag : std::uint16_t {
    Alpha = 1 << 0,
    Decimal = 1 << 1,
    Digit = 1 << 2,
    Numeric = 1 << 3,
    Space = 1 << 4,
    Printable = 1 << 5,
    Lower = 1 << 6,
    Upper = 1 << 7,
    Title = 1 << 8,
    CaseIgnorable = 1 << 9,
};

const PropertyRun &runOf(char32_t cp)
{
    const auto next = std::upper_bound(std::begin(kPropertyRuns), std::end(kPropertyRuns), cp,
                                       [](char32_t value, const PropertyRun &run) { return value < run.start; });
    return *std::prev(next);
}

std::uint16_t flagsOf(char32_t cp)
{
    return runOf(cp).flags;
}

bool has(char32_t cp, std::uint16_t flag)
{
    return (flagsOf(cp) & flag) != 0;
}

template <std::size_t RunCount, std::size_t SpecialCount>
CaseMapping mapCase(char32_t cp, const CaseRun (&runs)[RunCount], const SpecialCase (&special)[SpecialCount])
{
    CaseMapping result;
    const auto hit = std::lower_bound(std::begin(special), std::end(special), cp,
                                      [](const SpecialCase &entry, char32_t value) { return entry.cp < value; });
    if (hit != std::end(special) && hit->cp == cp) {
        for (const char32_t c : hit->chars) {
            if (c != 0)
                result.chars[result.size++] = c;
        }
        return result;
    }
    result.size = 1;
    result.chars[0] = cp;
    const auto next = std::upper_bound(std::begin(runs), std::end(runs), cp,
                                       [](char32_t value, const CaseRun &run) { return value < run.first; });
    if (next == std::begin(runs))
        return result;
    const CaseRun &run = *std::prev(next);
    if (cp <= run.last && (cp - run.first) % run.stride == 0)
        result.chars[0] = static_cast<char32_t>(static_cast<std::int32_t>(cp) + run.delta);
    return result;
}

void appendMapping(std::string &out, const CaseMapping &mapping)
{
    for (std::uint8_t i = 0; i < mapping.size; ++i)
        appendUtf8(out, mapping.chars[i]);
}

// CPython's handle_capital_sigma: U+03A3 lowers to final sigma when a cased
// letter precedes it and none follows (case-ignorable characters skipped).
char32_t lowerCapitalSigma(const std::u32string &text, std::size_t i)
{
    std::size_t j = i;
    while (j > 0 && isCaseIgnorable(text[j - 1]))
        --j;
    if (j == 0 || !isCased(text[j - 1]))
        return 0x3C3;
    std::size_t k = i + 1;
    while (k < text.size() && isCaseIgnorable(text[k]))
        ++k;
    return k == text.size() || !isCased(text[k]) ? 0x3C2 : 0x3C3;
}

void appendHexEscape(std::string &out, char kind, char32_t cp, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('\\');
    out.push_back(kind);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out.push_back(kHex[(cp >> shift) & 0xF]);
}

void appendReprChar(std::string &out, char32_t cp, char quote, bool asciiOnly)
{
    switch (cp) {
    case '\\': out += "\\\\"; return;
    case '\t': out += "\\t"; return;
    case '\r': out += "\\r"; return;
    case '\n': out += "\\n"; return;
    default: break;
    }
    if (cp == static_cast<char32_t>(quote)) {
        out.push_back('\\');
        out.push_back(quote);
    } else if (cp < 0x20 || cp == 0x7F) {
        appendHexEscape(out, 'x', cp, 2);
    } else if (cp < 0x7F || (!asciiOnly && isPrintable(cp))) {
        appendUtf8(out, cp);
    } else if (cp < 0x100) {
        appendHexEscape(out, 'x', cp, 2);
    } else if (cp < 0x10000) {
        appendHexEscape(out, 'u', cp, 4);
    } else {
        appendHexEscape(out, 'U', cp, 8);
    }
}

std::string quoted(std::string_view utf8, bool asciiOnly)
{
    const bool hasSingle = utf8.find('\'') != std::string_view::npos;
    const bool hasDouble = utf8.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out;
    out.reserve(utf8.size() + 2);
    out.push_back(quote);
    std::size_t pos = 0;
    while (pos < utf8.size())
        appendReprChar(out, nextCodePoint(utf8, pos), quote, asciiOnly);
    out.push_back(quote);
    return out;
}

} // namespace

bool isAlpha(char32_t cp) { return has(cp, Alpha); }
bool isDecimal(char32_t cp) { return has(cp, Decimal); }
bool isDigit(char32_t cp) { return has(cp, Digit); }
bool isNumeric(char32_t cp) { return has(cp, Numeric); }
bool isAlnum(char32_t cp) { return has(cp, Alpha | Decimal | Digit | Numeric); }
bool isSpace(char32_t cp) { return has(cp, Space); }
bool isPrintable(char32_t cp) { return has(cp, Printable); }
bool isLower(char32_t cp) { return has(cp, Lower); }
bool isUpper(char32_t cp) { return has(cp, Upper); }
bool isTitle(char32_t cp) { return has(cp, Title); }
bool isCased(char32_t cp) { return has(cp, Lower | Upper | Title); }
bool isCaseIgnorable(char32_t cp) { return has(cp, CaseIgnorable); }

// Every run of decimal digits in Unicode is a whole number of 0-9 sequences,
// and such a run is exactly one table run (its flags differ from neighbours').
int decimalValue(char32_t cp)
{
    const PropertyRun &run = runOf(cp);
    if ((run.flags & Decimal) == 0)
        return -1;
    return static_cast<int>((cp - run.start) % 10);
}

CaseMapping upperMapping(char32_t cp) { return mapCase(cp, kUpperRuns, kUpperSpecial); }
CaseMapping lowerMapping(char32_t cp) { return mapCase(cp, kLowerRuns, kLowerSpecial); }
CaseMapping titleMapping(char32_t cp) { return mapCase(cp, kTitleRuns, kTitleSpecial); }

std::string toUpper(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size())
        appendMapping(out, upperMapping(nextCodePoint(utf8, pos)));
    return out;
}

std::string toLower(std::string_view utf8)
{
    const std::u32string text = decodeUtf8(utf8);
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == 0x3A3)
            appendUtf8(out, lowerCapitalSigma(text, i));
        else
            appendMapping(out, lowerMapping(text[i]));
    }
    return out;
}

std::string strRepr(std::string_view utf8)
{
    return quoted(utf8, false);
}

std::string strAscii(std::string_view utf8)
{
    return quoted(utf8, true);
}

} // namespace aw::text
