#pragma once
// Internal state of the tokenizer; split from tokenizer.cpp only to keep files small.

#include "tokenizer.h"

#include <string>
#include <vector>

namespace aw::lang::detail {

class TokenizerImpl {
public:
    TokenizerImpl(const ErrorFactory& errors, const TokenizerOptions& options);
    TokenStream run();

private:
    static constexpr int kEof = -1;
    static constexpr std::size_t kMaxLevel = 200; // CPython's MAXLEVEL
    static constexpr std::size_t kMaxIndent = 100; // CPython's MAXINDENT

    struct Abort {
        TokenizerError error;
    };
    struct Indent {
        std::uint32_t col;
        std::uint32_t altcol;
    };
    struct Bracket {
        char ch;
        std::uint32_t line;
        std::uint32_t col;
    };
    /// What follows the integer part of a decimal number.
    struct NumberTail {
        bool fraction;
        bool exponent;
        bool imaginary;
    };

    int at(std::uint32_t i) const
    {
        if (i < end_)
            return static_cast<unsigned char>(text_[i]);
        return (i == end_ && virtualNewline_) ? '\n' : kEof;
    }
    int nextc(std::uint32_t& p) const
    {
        const int c = at(p);
        if (c != kEof)
            ++p;
        return c;
    }
    static void backup(std::uint32_t& p, int c)
    {
        if (c != kEof)
            --p;
    }
    void startLine(std::uint32_t lineStart)
    {
        ++line_;
        lineStart_ = lineStart;
    }
    std::uint32_t lastLine() const;

    // tokenizer.cpp
    void readToken();
    void measureIndentation();
    void applyIndentation(std::uint32_t col, std::uint32_t altcol);
    void skipContinuation(std::uint32_t backslash);
    void handleEof();
    void scanOperator(std::uint32_t start, int c);
    void openBracket(std::uint32_t start, int c);
    void closeBracket(std::uint32_t start, int c);
    void emit(TokenKind kind, std::uint32_t begin, std::uint32_t end);
    void emitNoColumn(TokenKind kind, std::uint32_t line, std::uint32_t col);

    // tokenizer_scan.cpp
    void scanNameOrString(std::uint32_t start);
    void verifyIdentifier(std::uint32_t start, std::uint32_t end);
    void scanNumber(std::uint32_t start, std::uint32_t p, int c, bool fromDot);
    bool scanAfterZero(std::uint32_t start, std::uint32_t& p, int& c, NumberTail& tail);
    bool decimalTail(std::uint32_t& p, int& c);
    void verifyEndOfNumber(std::uint32_t& p, int c, const char* kind);
    void scanDigitsInBase(std::uint32_t& p, int& c, int base, const char* kind);
    void scanString(std::uint32_t start, std::uint32_t quote);

    // Errors. `cur` is the tokenizer position CPython would have, which sets the offset.
    [[noreturn]] void hard(std::string message, std::uint32_t cur);
    [[noreturn]] void hardOnLine(std::string message, std::uint32_t line, std::uint32_t lineStart,
                                 std::uint32_t cur);
    [[noreturn]] void raise(TokenizerErrorClass errorClass, SyntaxError error, std::uint32_t bracketLine = 0);
    void failIfReadError();

    const ErrorFactory& errors_;
    std::string_view text_;
    std::uint32_t pos_;
    std::uint32_t end_;
    bool virtualNewline_;
    bool expressionOnly_;
    const SyntaxError* readError_;
    std::uint32_t line_;
    std::uint32_t lineStart_;
    bool atBol_;
    bool blankLine_ = false;
    int pending_ = 0; // > 0: INDENTs to emit, < 0: DEDENTs
    std::vector<Indent> indents_{{0, 0}};
    std::vector<Bracket> brackets_;
    std::vector<Token> tokens_;
};

} // namespace aw::lang::detail
