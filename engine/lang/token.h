#pragma once
// Tokens of Python 3.11 source, shaped like CPython's tokenizer output (f-strings are single
// STRING tokens in 3.11; their inside is parsed later).

#include <cstdint>
#include <string_view>

namespace aw::lang {

enum class TokenKind : std::uint8_t {
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    // Stops the stream where the tokenizer failed; the error itself travels separately.
    Error,
    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar,
    Amper, Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde,
    Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual,
    PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,
    DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual,
    // A printable character that is no Python token ('$', '?', '!', '`').
    Unknown,
    // Keywords (soft keywords such as `match` stay Name).
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass,
    KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal, KwIf,
    KwImport, KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry,
    KwWhile, KwWith, KwYield,
};

inline bool isKeyword(TokenKind k) { return k >= TokenKind::KwFalse; }

/// Keyword kind for `text`, or Name.
TokenKind keywordKind(std::string_view text);

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    /// Bracket nesting depth after this token (CPython's token level).
    std::uint8_t level = 0;
    /// CPython gives INDENT, DEDENT and ENDMARKER no column; errors at them use `col` as a
    /// 0-based offset that is not incremented (see ErrorFactory).
    bool noColumn = false;
    std::uint32_t begin = 0; ///< Byte offsets into SourceText::text().
    std::uint32_t end = 0;
    std::uint32_t line = 0;  ///< 1-based.
    std::uint32_t endLine = 0;
    std::uint32_t col = 0;   ///< 0-based UTF-8 byte column.
    std::uint32_t endCol = 0;
};

} // namespace aw::lang
