// str methods about letter case and character classes: the is* predicates, lower, upper,
// casefold, swapcase, capitalize, title. Character properties and case mappings come
// from the text library's tables of CPython 3.11's Unicode database.

#include "str_methods.h"

#include "core/str.h"
#include "text/unicode_props.h"
#include "text/utf8.h"

#include <algorithm>

namespace aw::py::strimpl {

namespace {

// A string literal as a template argument, so one template serves every predicate.
template<size_t N>
struct Name {
    char text[N];
    constexpr Name(const char (&s)[N]) { std::copy_n(s, N, text); }
};

template<Name name, bool (*holds)(char32_t)>
Value allChars(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, name.text);
    const std::u32string chars = text::decodeUtf8(self);
    return Value::boolean(!chars.empty() && std::all_of(chars.begin(), chars.end(), holds));
}

Value isascii(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "isascii");
    return Value::boolean(text::isAscii(self));
}

Value isprintable(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "isprintable");
    const std::u32string chars = text::decodeUtf8(self);
    return Value::boolean(std::all_of(chars.begin(), chars.end(), text::isPrintable));
}

Value isidentifier(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "isidentifier");
    return Value::boolean(isIdentifier(self));
}

// islower: some cased character and no uppercase or titlecase one; isupper the converse.
template<Name name, bool (*wanted)(char32_t), bool (*unwanted)(char32_t)>
Value caseIs(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, name.text);
    bool cased = false;
    for (char32_t c : text::decodeUtf8(self)) {
        if (unwanted(c) || text::isTitle(c))
            return Value::boolean(false);
        cased = cased || wanted(c);
    }
    return Value::boolean(cased);
}

Value istitle(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "istitle");
    bool cased = false, previousCased = false;
    for (char32_t c : text::decodeUtf8(self)) {
        if (text::isUpper(c) || text::isTitle(c)) {
            if (previousCased)
                return Value::boolean(false);
            previousCased = cased = true;
        } else if (text::isLower(c)) {
            if (!previousCased)
                return Value::boolean(false);
            previousCased = cased = true;
        } else {
            previousCased = false;
        }
    }
    return Value::boolean(cased);
}

void append(std::string &out, const text::CaseMapping &m)
{
    for (uint8_t i = 0; i < m.size; ++i)
        text::appendUtf8(out, m.chars[i]);
}

// Lowercases chars[i], applying the final-sigma rule (CPython's handle_capital_sigma):
// Σ becomes ς after a cased letter when no cased letter follows, case-ignorable
// characters being skipped both ways.
void appendLower(std::string &out, const std::u32string &chars, size_t i)
{
    if (chars[i] != 0x3A3) {
        append(out, text::lowerMapping(chars[i]));
        return;
    }
    size_t j = i;
    while (j > 0 && text::isCaseIgnorable(chars[j - 1]))
        --j;
    bool finalSigma = j > 0 && text::isCased(chars[j - 1]);
    if (finalSigma) {
        size_t k = i + 1;
        while (k < chars.size() && text::isCaseIgnorable(chars[k]))
            ++k;
        finalSigma = k == chars.size() || !text::isCased(chars[k]);
    }
    text::appendUtf8(out, finalSigma ? 0x3C2 : 0x3C3);
}

Value lower(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "lower");
    return aw::str(text::toLower(self));
}

Value upper(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "upper");
    return aw::str(text::toUpper(self));
}

Value swapcase(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "swapcase");
    const std::u32string chars = text::decodeUtf8(self);
    std::string out;
    for (size_t i = 0; i < chars.size(); ++i) {
        if (text::isUpper(chars[i]))
            appendLower(out, chars, i);
        else if (text::isLower(chars[i]))
            append(out, text::upperMapping(chars[i]));
        else
            text::appendUtf8(out, chars[i]);
    }
    return aw::str(std::move(out));
}

Value capitalize(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "capitalize");
    const std::u32string chars = text::decodeUtf8(self);
    std::string out;
    for (size_t i = 0; i < chars.size(); ++i) {
        if (i == 0)
            append(out, text::titleMapping(chars[0]));
        else
            appendLower(out, chars, i);
    }
    return aw::str(std::move(out));
}

Value title(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "title");
    const std::u32string chars = text::decodeUtf8(self);
    std::string out;
    bool previousCased = false;
    for (size_t i = 0; i < chars.size(); ++i) {
        if (previousCased)
            appendLower(out, chars, i);
        else
            append(out, text::titleMapping(chars[i]));
        previousCased = text::isCased(chars[i]);
    }
    return aw::str(std::move(out));
}

// Where full case folding differs from lowercasing, it is (but for Cherokee, below) the
// lowercase of the uppercase: ß -> SS -> ss, ﬁ -> FI -> fi, ς -> Σ -> σ. Generated from
// CPython 3.11: the code points c with c.casefold() != c.lower().
constexpr char32_t kFoldViaUpper[][2] = {
    {0xB5, 0xB5}, {0xDF, 0xDF}, {0x149, 0x149}, {0x17F, 0x17F}, {0x1F0, 0x1F0}, {0x345, 0x345},
    {0x390, 0x390}, {0x3B0, 0x3B0}, {0x3C2, 0x3C2}, {0x3D0, 0x3D1}, {0x3D5, 0x3D6}, {0x3F0, 0x3F1},
    {0x3F5, 0x3F5}, {0x587, 0x587}, {0x1C80, 0x1C88}, {0x1E96, 0x1E9B}, {0x1F50, 0x1F50},
    {0x1F52, 0x1F52}, {0x1F54, 0x1F54}, {0x1F56, 0x1F56}, {0x1F80, 0x1FAF}, {0x1FB2, 0x1FB4},
    {0x1FB6, 0x1FB7}, {0x1FBC, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FC7},
    {0x1FCC, 0x1FCC}, {0x1FD2, 0x1FD3}, {0x1FD6, 0x1FD7}, {0x1FE2, 0x1FE4}, {0x1FE6, 0x1FE7},
    {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FF7}, {0x1FFC, 0x1FFC}, {0xFB00, 0xFB06}, {0xFB13, 0xFB17},
};
// Cherokee folds to its uppercase letters, the older ones in Unicode.
constexpr char32_t kFoldToUpper[][2] = {{0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0xAB70, 0xABBF}};

template<size_t N>
bool inRanges(const char32_t (&ranges)[N][2], char32_t c)
{
    return std::any_of(std::begin(ranges), std::end(ranges), [c](const auto &r) { return c >= r[0] && c <= r[1]; });
}

void appendFolded(std::string &out, char32_t c)
{
    if (c == 0x1E9E) { // ẞ: its uppercase is itself, its lowercase ß folds to "ss"
        out += "ss";
    } else if (inRanges(kFoldViaUpper, c)) {
        const text::CaseMapping upperCase = text::upperMapping(c);
        for (uint8_t i = 0; i < upperCase.size; ++i)
            append(out, text::lowerMapping(upperCase.chars[i]));
    } else if (inRanges(kFoldToUpper, c)) {
        append(out, text::upperMapping(c));
    } else {
        append(out, text::lowerMapping(c));
    }
}

Value casefold(const std::string &self, const CallArgs &args)
{
    expectNoArgs(args, "casefold");
    std::string out;
    for (char32_t c : text::decodeUtf8(self))
        appendFolded(out, c);
    return aw::str(std::move(out));
}

} // namespace

void defineCaseMethods()
{
    define("isalpha", allChars<"isalpha", text::isAlpha>);
    define("isalnum", allChars<"isalnum", text::isAlnum>);
    define("isdecimal", allChars<"isdecimal", text::isDecimal>);
    define("isdigit", allChars<"isdigit", text::isDigit>);
    define("isnumeric", allChars<"isnumeric", text::isNumeric>);
    define("isspace", allChars<"isspace", text::isSpace>);
    define("isascii", isascii);
    define("isprintable", isprintable);
    define("isidentifier", isidentifier);
    define("islower", caseIs<"islower", text::isLower, text::isUpper>);
    define("isupper", caseIs<"isupper", text::isUpper, text::isLower>);
    define("istitle", istitle);
    define("lower", lower);
    define("upper", upper);
    define("swapcase", swapcase);
    define("capitalize", capitalize);
    define("title", title);
    define("casefold", casefold);
}

} // namespace aw::py::strimpl
