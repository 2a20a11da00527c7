#pragma once
// UTF-8 helpers and the Unicode character classes the tokenizer and the AST dump need.

#include <cstdint>
#include <string>
#include <string_view>

namespace aw::lang::unicode {

/// One decoded code point and how many bytes it took.
struct Decoded {
    char32_t codepoint = 0;
    int length = 0; ///< 0 when the bytes at the position are not valid UTF-8.
};

/// Decodes the code point starting at `pos` in `text` (strict UTF-8: no surrogates, no overlongs).
Decoded decode(std::string_view text, std::size_t pos);

/// Index of the first byte that is not part of valid UTF-8, or npos.
std::size_t findInvalidUtf8(std::string_view text);

/// Appends `cp` encoded as UTF-8. Lone surrogates (from "\ud800" escapes) are encoded with the
/// generic 3-byte pattern (WTF-8) so that string constants can still hold them.
void appendUtf8(std::string& out, char32_t cp);

/// Number of code points in valid UTF-8 `text` (continuation bytes are not counted).
std::size_t countCodepoints(std::string_view text);

/// CPython's rules (str.isidentifier) for the first and the following characters of a name.
bool isIdentifierStart(char32_t cp);
bool isIdentifierContinue(char32_t cp);

/// CPython's str.isprintable() for one character.
bool isPrintable(char32_t cp);

} // namespace aw::lang::unicode
