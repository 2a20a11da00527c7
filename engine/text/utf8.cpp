#include "utf8.h"

#include <cstdint>
#include <cstdio>

namespace aw::text {
namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the sequence a lead byte starts, 0 for bytes that cannot lead.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// The second byte's range is narrower than 80..BF for some leads: this is what
// rules out overlong forms, surrogates and code points above U+10FFFF.
bool secondByteValid(unsigned char lead, unsigned char second)
{
    switch (lead) {
    case 0xE0: return second >= 0xA0 && second <= 0xBF;
    case 0xED: return second >= 0x80 && second <= 0x9F;
    case 0xF0: return second >= 0x90 && second <= 0xBF;
    case 0xF4: return second >= 0x80 && second <= 0x8F;
    default: return isContinuation(second);
    }
}

} // namespace

std::optional<Utf8DecodeError> firstUtf8Error(std::string_view bytes)
{
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[pos]);
        const int length = sequenceLength(lead);
        if (length == 0)
            return Utf8DecodeError{pos, pos + 1, "invalid start byte"};
        for (int i = 1; i < length; ++i) {
            if (pos + i >= bytes.size())
                return Utf8DecodeError{pos, bytes.size(), "unexpected end of data"};
            const auto byte = static_cast<unsigned char>(bytes[pos + i]);
            const bool valid = i == 1 ? secondByteValid(lead, byte) : isContinuation(byte);
            if (!valid)
                return Utf8DecodeError{pos, pos + i, "invalid continuation byte"};
        }
        pos += static_cast<std::size_t>(length);
    }
    return std::nullopt;
}

std::string utf8DecodeErrorMessage(std::string_view bytes, const Utf8DecodeError &error)
{
    char buffer[160];
    if (error.end - error.start == 1) {
        std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode byte 0x%02x in position %zu: ",
                      static_cast<unsigned>(static_cast<unsigned char>(bytes[error.start])), error.start);
    } else {
        std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode bytes in position %zu-%zu: ",
                      error.start, error.end - 1);
    }
    return std::string(buffer) + std::string(error.reason);
}

char32_t nextCodePoint(std::string_view text, std::size_t &pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    int length = 0;
    char32_t value = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
    }
    if (length == 0 || pos + static_cast<std::size_t>(length) > text.size()) {
        ++pos;
        return kReplacementChar;
    }
    for (int i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[pos + i]);
        if (!isContinuation(byte)) {
            ++pos;
            return kReplacementChar;
        }
        value = (value << 6) | (byte & 0x3F);
    }
    const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (value < minimum || value > kMaxCodePoint) {
        ++pos;
        return kReplacementChar;
    }
    pos += static_cast<std::size_t>(length);
    return value;
}

std::u32string decodeUtf8(std::string_view text)
{
    std::u32string result;
    result.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size())
        result.push_back(nextCodePoint(text, pos));
    return result;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp > kMaxCodePoint)
        cp = kReplacementChar;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encodeUtf8(std::u32string_view codePoints)
{
    std::string result;
    result.reserve(codePoints.size());
    for (const char32_t cp : codePoints)
        appendUtf8(result, cp);
    return result;
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

std::size_t codePointCount(std::string_view text)
{
    if (isAscii(text))
        return text.size();
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        nextCodePoint(text, pos);
        ++count;
    }
    return count;
}

std::size_t codePointOffset(std::string_view text, std::size_t index)
{
    if (isAscii(text))
        return index <= text.size() ? index : std::string_view::npos;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < index; ++i) {
        if (pos >= text.size())
            return std::string_view::npos;
        nextCodePoint(text, pos);
    }
    return pos;
}

} // namespace aw::text
