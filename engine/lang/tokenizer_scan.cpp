// Names, numbers and string literals, following CPython 3.11's tokenizer step by step: where
// it reads one character too many and backs up decides the reported error column.

#include "tokenizer_impl.h"
#include "unicode.h"

#include <cstdio>
#include <string>

namespace aw::lang::detail {
namespace {

bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isHexDigit(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isPotentialIdentifierChar(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c >= 0x80;
}

std::string hex4(char32_t cp)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
    return buf;
}

} // namespace

void TokenizerImpl::scanNameOrString(std::uint32_t start)
{
    std::uint32_t p = start;
    bool sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
        const int c = at(p);
        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
            sawB = true;
        else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
            sawU = true;
        else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
            sawR = true;
        else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
            sawF = true;
        else
            break;
        ++p;
        if (at(p) == '"' || at(p) == '\'') {
            scanString(start, p);
            return;
        }
    }
    bool nonAscii = false;
    for (int c = at(p); isPotentialIdentifierChar(c); c = at(++p))
        nonAscii = nonAscii || c >= 0x80;
    pos_ = p;
    if (nonAscii)
        verifyIdentifier(start, p);
    emit(keywordKind(text_.substr(start, p - start)), start, p);
}

void TokenizerImpl::verifyIdentifier(std::uint32_t start, std::uint32_t end)
{
    const std::string_view name = text_.substr(start, end - start);
    std::size_t i = 0;
    while (i < name.size()) {
        const unicode::Decoded d = unicode::decode(name, i);
        const bool ok = i == 0 ? unicode::isIdentifierStart(d.codepoint) : unicode::isIdentifierContinue(d.codepoint);
        if (!ok) {
            const std::uint32_t cur = start + static_cast<std::uint32_t>(i + static_cast<std::size_t>(d.length));
            if (unicode::isPrintable(d.codepoint))
                hard("invalid character '" + std::string(name.substr(i, static_cast<std::size_t>(d.length))) + "' (U+" +
                         hex4(d.codepoint) + ")",
                     cur);
            hard("invalid non-printable character U+" + hex4(d.codepoint), cur);
        }
        i += static_cast<std::size_t>(d.length);
    }
}

// CPython accepts a number glued to a keyword that may follow it in valid code ("1if x else y")
// and rejects any other letter right after a number.
void TokenizerImpl::verifyEndOfNumber(std::uint32_t& p, int c, const char* kind)
{
    const auto followedBy = [&](std::string_view rest) {
        std::uint32_t q = p;
        for (const char ch : rest) {
            if (at(q) != ch)
                return false;
            ++q;
        }
        return !isPotentialIdentifierChar(at(q));
    };
    bool keyword = false;
    switch (c) {
    case 'a': keyword = followedBy("nd"); break;
    case 'e': keyword = followedBy("lse"); break;
    case 'f': keyword = followedBy("or"); break;
    case 'i': keyword = at(p) == 'f' || at(p) == 'n' || at(p) == 's'; break;
    case 'o': keyword = followedBy("r"); break;
    case 'n': keyword = followedBy("ot"); break;
    default: break;
    }
    if (!keyword && c < 0x80 && isPotentialIdentifierChar(c)) {
        backup(p, c);
        hard(std::string("invalid ") + kind + " literal", p);
    }
}

bool TokenizerImpl::decimalTail(std::uint32_t& p, int& c)
{
    for (;;) {
        do {
            c = nextc(p);
        } while (isDigit(c));
        if (c != '_')
            return true;
        c = nextc(p);
        if (!isDigit(c)) {
            backup(p, c);
            hard("invalid decimal literal", p);
        }
    }
}

void TokenizerImpl::scanDigitsInBase(std::uint32_t& p, int& c, int base, const char* kind)
{
    const auto inBase = [base](int ch) { return base == 16 ? isHexDigit(ch) : ch >= '0' && ch < '0' + base; };
    c = nextc(p);
    do {
        if (c == '_')
            c = nextc(p);
        if (!inBase(c)) {
            if (base != 16 && isDigit(c))
                hard(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal", p);
            backup(p, c);
            hard(std::string("invalid ") + kind + " literal", p);
        }
        do {
            c = nextc(p);
        } while (inBase(c));
    } while (c == '_');
    if (base != 16 && isDigit(c))
        hard(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal", p);
    verifyEndOfNumber(p, c, kind);
}

// After a leading '0': a complete hex/octal/binary literal (returns true, token emitted), or the
// decimal literal continues as `tail` says. Zeros may not be followed by other digits.
bool TokenizerImpl::scanAfterZero(std::uint32_t start, std::uint32_t& p, int& c, NumberTail& tail)
{
    c = nextc(p);
    if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
        const int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
        scanDigitsInBase(p, c, base, base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary");
        backup(p, c);
        pos_ = p;
        emit(TokenKind::Number, start, p);
        return true;
    }
    bool nonzero = false;
    for (;;) {
        if (c == '_') {
            c = nextc(p);
            if (!isDigit(c)) {
                backup(p, c);
                hard("invalid decimal literal", p);
            }
        }
        if (c != '0')
            break;
        c = nextc(p);
    }
    const std::uint32_t zerosEnd = p;
    if (isDigit(c)) {
        nonzero = true;
        decimalTail(p, c);
    }
    if (c == '.') {
        c = nextc(p);
        tail.fraction = true;
    } else if (c == 'e' || c == 'E') {
        tail.exponent = true;
    } else if (c == 'j' || c == 'J') {
        tail.imaginary = true;
    } else if (nonzero) {
        backup(p, c);
        pos_ = p;
        raise(TokenizerErrorClass::Hard,
              errors_.tokenizerRaw("leading zeros in decimal integer literals are not permitted; "
                                   "use an 0o prefix for octal integers",
                                   line_, static_cast<int>(start + 1 - lineStart_), static_cast<int>(zerosEnd - lineStart_)));
    }
    return false;
}

// `c` is the character just consumed (a digit, or '.' when `fromDot`), `p` the position after it.
void TokenizerImpl::scanNumber(std::uint32_t start, std::uint32_t p, int c, bool fromDot)
{
    NumberTail tail{fromDot, false, false};
    if (fromDot) {
        c = nextc(p);
    } else if (c == '0') {
        if (scanAfterZero(start, p, c, tail))
            return;
    } else {
        decimalTail(p, c);
        if (c == '.') {
            c = nextc(p);
            tail.fraction = true;
        }
    }
    if (tail.fraction && isDigit(c))
        decimalTail(p, c);
    if (!tail.imaginary && (tail.exponent || c == 'e' || c == 'E')) {
        const int e = c;
        c = nextc(p);
        if (c == '+' || c == '-') {
            c = nextc(p);
            if (!isDigit(c)) {
                backup(p, c);
                hard("invalid decimal literal", p);
            }
        } else if (!isDigit(c)) {
            // "1e" followed by something else: the number ends before the 'e'.
            backup(p, c);
            verifyEndOfNumber(p, e, "decimal");
            backup(p, e);
            pos_ = p;
            emit(TokenKind::Number, start, p);
            return;
        }
        decimalTail(p, c);
    }
    if (tail.imaginary || c == 'j' || c == 'J') {
        c = nextc(p);
        verifyEndOfNumber(p, c, "imaginary");
    } else {
        verifyEndOfNumber(p, c, "decimal");
    }
    backup(p, c);
    pos_ = p;
    emit(TokenKind::Number, start, p);
}

void TokenizerImpl::scanString(std::uint32_t start, std::uint32_t quotePos)
{
    const int quote = at(quotePos);
    const std::uint32_t firstLine = line_;
    const std::uint32_t firstLineStart = lineStart_;
    std::uint32_t p = quotePos + 1;
    int quoteSize = 1;
    int endQuoteSize = 0;
    int c = nextc(p);
    if (c == quote) {
        c = nextc(p);
        if (c == quote)
            quoteSize = 3;
        else
            endQuoteSize = 1;
    }
    if (c != quote)
        backup(p, c);
    while (endQuoteSize != quoteSize) {
        c = nextc(p);
        if (c == kEof || (quoteSize == 1 && c == '\n')) {
            if (c == kEof)
                failIfReadError();
            const std::uint32_t detected = c == kEof ? lastLine() : line_;
            std::string message = quoteSize == 3 ? "unterminated triple-quoted string literal"
                                                 : "unterminated string literal";
            message += " (detected at line " + std::to_string(detected) + ")";
            hardOnLine(std::move(message), firstLine, firstLineStart, start + 1);
        }
        if (c == '\n')
            startLine(p);
        if (c == quote) {
            ++endQuoteSize;
        } else {
            endQuoteSize = 0;
            if (c == '\\' && nextc(p) == '\n')
                startLine(p);
        }
    }
    pos_ = p;
    Token t;
    t.kind = TokenKind::String;
    t.level = static_cast<std::uint8_t>(brackets_.size());
    t.begin = start;
    t.end = p;
    t.line = firstLine;
    t.col = start - firstLineStart;
    t.endLine = line_;
    t.endCol = p - lineStart_;
    tokens_.push_back(t);
}

} // namespace aw::lang::detail
