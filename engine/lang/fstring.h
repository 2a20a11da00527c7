#pragma once
// f-strings as CPython 3.11 parses them: the whole f-string is one STRING token, and its
// replacement fields are found by scanning the text (Parser/string_parser.c) and then parsed
// as separate little sources. Also concatenates the parts of adjacent literals.

#include "ast.h"
#include "token.h"

#include <string>
#include <string_view>
#include <vector>

namespace aw::lang::detail {

class Parser;

class FStringBuilder {
public:
    /// `span` covers all the adjacent literals; `uKind` is true when the first one starts with
    /// a lowercase 'u' (CPython then marks the string constants kind='u').
    FStringBuilder(Parser& parser, Span span, bool uKind) : parser_(parser), span_(span), uKind_(uKind) {}

    void appendLiteral(std::string_view value) { top_.last += value; }
    /// `body` is the text between the quotes of an f-string token.
    void appendFString(std::string_view body, bool raw);
    /// A Constant when no f-string was appended, a JoinedStr otherwise.
    Expr* finish();

private:
    struct State {
        std::string last;          ///< Literal text not yet turned into a Constant.
        std::vector<Expr*> values; ///< Finished parts of the JoinedStr.
    };
    struct Literal {
        std::string value;
        bool doubledBrace = false; ///< Stopped after "{{" or "}}": continue with more literal.
    };

    void concat(std::string_view body, std::size_t& pos, bool raw, int level, State& state);
    Literal findLiteral(std::string_view body, std::size_t& pos, bool raw, int level);
    Expr* field(std::string_view body, std::size_t& pos, bool raw, int level, std::string& debugText);
    std::size_t scanFieldExpression(std::string_view body, std::size_t pos);
    Expr* compileField(std::string_view body, std::size_t start, std::size_t end);
    Expr* makeString(std::string value, bool uKind);
    Expr* joined(State& state, bool uKind);
    [[noreturn]] void fail(const std::string& message);

    Parser& parser_;
    Span span_;
    bool uKind_;
    bool sawFString_ = false;
    State top_;
};

} // namespace aw::lang::detail
