#pragma once
// Turns source text into the token stream of CPython 3.11's tokenizer, with its error rules.

#include "error_factory.h"
#include "token.h"

#include <limits>
#include <optional>
#include <vector>

namespace aw::lang {

/// How a tokenizer error competes with parser errors, following CPython: the parser stops
/// where it fails, and CPython then tokenizes the rest of the file. Errors raised directly by the
/// tokenizer ("hard") replace the parser's error; indentation-style errors ("soft") only count
/// if the parser reached them; an unclosed bracket at the end wins when it opened on an earlier
/// line than the parser's error.
enum class TokenizerErrorClass : std::uint8_t { Hard, Soft, UnclosedBracket };

struct TokenizerError {
    TokenizerErrorClass errorClass;
    SyntaxError error;
    std::uint32_t bracketLine = 0; ///< UnclosedBracket: line of the innermost open bracket.
};

struct TokenStream {
    /// Ends with EndMarker, or with an Error token when `error` is set.
    std::vector<Token> tokens;
    std::optional<TokenizerError> error;
};

struct TokenizerOptions {
    /// Byte window of the source to tokenize, starting at 1-based `line` whose first byte is
    /// at `lineStart`.
    std::uint32_t begin = 0;
    std::uint32_t end = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t line = 1;
    std::uint32_t lineStart = 0;
    /// The inside of an f-string replacement field: tokenized as if within parentheses, so
    /// there are no NEWLINE or INDENT tokens.
    bool expressionOnly = false;
    /// An error CPython would raise on reading past the end of the window (a NUL byte or bad
    /// UTF-8 on the next line); raised as a hard error when the tokenizer gets there.
    const SyntaxError* readError = nullptr;
};

TokenStream tokenize(const ErrorFactory& errors, const TokenizerOptions& options = {});

} // namespace aw::lang
