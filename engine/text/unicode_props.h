// Python str character properties, case mappings and repr(str), from tables
// generated out of CPython 3.11's unicodedata (gen_unicode_tables.py), so they
// agree with CPython for every code point, not only the common scripts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace aw::text {

// One character's predicate, as the same-named str method applied to chr(cp).
bool isAlpha(char32_t cp);
bool isDecimal(char32_t cp);
bool isDigit(char32_t cp);
bool isNumeric(char32_t cp);
bool isAlnum(char32_t cp);
bool isSpace(char32_t cp);
bool isPrintable(char32_t cp);
bool isLower(char32_t cp);
bool isUpper(char32_t cp);
bool isTitle(char32_t cp); // general category Lt
// Unicode's Cased and Case_Ignorable, which str.title(), str.istitle() and
// the final-sigma rule of str.lower() are defined in terms of.
bool isCased(char32_t cp);
bool isCaseIgnorable(char32_t cp);

// unicodedata.decimal(chr(cp)): 0-9 for decimal digits of any script, else -1.
int decimalValue(char32_t cp);

// A full case mapping: one to three code points (e.g. U+00DF 'ß' upper -> "SS").
struct CaseMapping {
    char32_t chars[3] = {0, 0, 0};
    std::uint8_t size = 0;
};

CaseMapping upperMapping(char32_t cp);
CaseMapping lowerMapping(char32_t cp); // without the final-sigma context rule
CaseMapping titleMapping(char32_t cp);

// str.upper() / str.lower() of UTF-8 text; lower() applies final sigma.
std::string toUpper(std::string_view utf8);
std::string toLower(std::string_view utf8);

// repr(s): quote choice and escapes exactly as CPython.
std::string strRepr(std::string_view utf8);
// ascii(s): repr(s) with every non-ASCII character escaped too.
std::string strAscii(std::string_view utf8);

} // namespace aw::text
