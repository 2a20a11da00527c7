// UTF-8 primitives for the interpreter's str values, which are stored as UTF-8.
//
// Strings produced by the interpreter are trusted: the lenient readers below
// accept encoded surrogates (a Python str may hold lone surrogates such as
// chr(0xD800)) and map malformed bytes to U+FFFD one byte at a time.  Bytes
// coming from outside go through firstUtf8Error first, which is as strict as
// CPython's 'utf-8' codec and reports the same positions and reasons.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace aw::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;
inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

// A decoding failure as CPython's UnicodeDecodeError describes it: the bytes
// [start, end) could not be decoded, for `reason`.
struct Utf8DecodeError {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string_view reason; // "invalid start byte", "invalid continuation byte", "unexpected end of data"
};

// The first error CPython's strict 'utf-8' decoder would report, if any.
std::optional<Utf8DecodeError> firstUtf8Error(std::string_view bytes);

// str(UnicodeDecodeError), e.g.
// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
std::string utf8DecodeErrorMessage(std::string_view bytes, const Utf8DecodeError &error);

// Reads the code point starting at byte `pos` and advances `pos` past it.
// Precondition: pos < text.size().
char32_t nextCodePoint(std::string_view text, std::size_t &pos);

std::u32string decodeUtf8(std::string_view text);
void appendUtf8(std::string &out, char32_t codePoint);
std::string encodeUtf8(std::u32string_view codePoints);

bool isAscii(std::string_view text);
std::size_t codePointCount(std::string_view text);

// Byte offset of code point number `index`; text.size() when index equals the
// code point count, std::string_view::npos when it is beyond.
std::size_t codePointOffset(std::string_view text, std::size_t index);

} // namespace aw::text
