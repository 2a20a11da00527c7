// Parameter lists of def and lambda, and argument lists of calls and class headers.

#include "parser_impl.h"

namespace aw::lang::detail {

Arg Parser::parameter(bool lambda, bool allowStarAnnotation)
{
    const Token& name = expect(TokenKind::Name);
    Arg arg{};
    arg.name = intern(name);
    if (!lambda && accept(TokenKind::Colon))
        arg.annotation = allowStarAnnotation ? starExpression() : expression();
    arg.span = finish(startOf(name));
    return arg;
}

// `*`, `*args` or `*args: T` in a parameter list (the '*' is the current token).
void Parser::starParameter(ParameterList& list, TokenKind close, bool lambda)
{
    const Token& star = advance();
    if (list.sawStar)
        failAtToken(star, "* argument may appear only once");
    list.sawStar = true;
    if (at(close) || (at(TokenKind::Comma) && (kind(1) == close || kind(1) == TokenKind::DoubleStar))) {
        if (lambda)
            failAtToken(peek(), "named arguments must follow bare *");
        failAtToken(star, "named arguments must follow bare *");
    }
    if (at(TokenKind::Comma))
        return;
    list.vararg = keep(parameter(lambda, true));
    if (at(TokenKind::Equal))
        failAtToken(peek(), "var-positional argument cannot have default value");
}

// `name`, `name=default` (with annotation unless `lambda`).
void Parser::plainParameter(ParameterList& list, TokenKind close, bool lambda)
{
    const Arg arg = parameter(lambda, false);
    Expr* value = nullptr;
    if (at(TokenKind::Equal)) {
        const Token& equal = advance();
        if (at(TokenKind::Comma) || at(close))
            failAtToken(equal, "expected default value expression");
        value = expression();
    }
    if (list.sawStar) {
        list.kwonly.push_back(arg);
        list.kwDefaults.push_back(value);
        return;
    }
    if (value)
        list.defaults.push_back(value);
    else if (!list.defaults.empty())
        failAtNode(arg.span, "non-default argument follows default argument");
    list.args.push_back(arg);
}

const Arg* Parser::keep(const Arg& arg)
{
    Arg* stored = arena_.make<Arg>();
    *stored = arg;
    return stored;
}

// Parameters up to (not including) `close`: ')' for def, ':' for lambda.
const Arguments* Parser::parameters(TokenKind close, bool lambda)
{
    ParameterList list;
    while (!at(close)) {
        if (list.kwarg)
            failAtToken(peek(), "arguments cannot follow var-keyword argument");
        if (at(TokenKind::Slash)) {
            const Token& slash = advance();
            if (list.sawStar)
                failAtToken(slash, "/ must be ahead of *");
            if (!list.posonly.empty())
                failAtToken(slash, "/ may appear only once");
            if (list.args.empty())
                failAtToken(slash, "at least one argument must precede /");
            list.posonly.swap(list.args);
        } else if (at(TokenKind::Star)) {
            starParameter(list, close, lambda);
        } else if (at(TokenKind::DoubleStar)) {
            advance();
            list.kwarg = keep(parameter(lambda, false));
            if (at(TokenKind::Equal))
                failAtToken(peek(), "var-keyword argument cannot have default value");
        } else {
            plainParameter(list, close, lambda);
        }
        if (!accept(TokenKind::Comma))
            break;
    }
    auto* result = arena_.make<Arguments>();
    result->posonlyargs = toArray(list.posonly);
    result->args = toArray(list.args);
    result->vararg = list.vararg;
    result->kwonlyargs = toArray(list.kwonly);
    result->kwDefaults = toArray(list.kwDefaults);
    result->kwarg = list.kwarg;
    result->defaults = toArray(list.defaults);
    return result;
}

// The last expression of comprehension clauses, where CPython ends its error ranges.
static const Expr* lastComprehensionItem(const ArenaArray<Comprehension>& generators)
{
    const Comprehension& last = generators.back();
    return last.ifs.empty() ? last.iter : last.ifs.back();
}

void Parser::callArguments(std::vector<Expr*>& args, std::vector<Keyword>& keywords, TokenKind close,
                           const Token* open)
{
    bool sawKeyword = false;
    bool sawDoubleStar = false;
    while (!at(close)) {
        const Token& first = peek();
        if (at(TokenKind::Star)) {
            if (sawDoubleStar)
                failAtToken(first, "iterable argument unpacking follows keyword argument unpacking");
            args.push_back(starred(&Parser::expression));
        } else if (at(TokenKind::DoubleStar)) {
            advance();
            Expr* value = expression();
            keywords.push_back({Identifier(), value, finish(startOf(first))});
            sawDoubleStar = true;
        } else if ((at(TokenKind::Name) || at(TokenKind::KwTrue) || at(TokenKind::KwFalse) || at(TokenKind::KwNone)) &&
                   kind(1) == TokenKind::Equal) {
            advance();
            const Token& equal = advance();
            if (first.kind != TokenKind::Name)
                failRange({first.line, first.col, first.endLine, first.endCol}, {equal.line, equal.col, equal.endLine, equal.endCol},
                          "cannot assign to " + std::string(text(first)));
            Expr* value = expression();
            if (atComprehensionStart())
                failRange({first.line, first.col, first.endLine, first.endCol},
                          {equal.line, equal.col, equal.endLine, equal.endCol},
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            keywords.push_back({intern(first), value, finish(startOf(first))});
            sawKeyword = true;
        } else {
            Expr* value = namedExpressionInCall();
            if (atComprehensionStart()) {
                const bool alone = args.empty() && keywords.empty() && open;
                Expr* genexp = comprehension(ExprKind::GeneratorExp, alone ? *open : first, value, nullptr);
                if (!alone || !at(close))
                    failRange(value->span, lastComprehensionItem(genexp->as<ComprehensionExpr>().generators)->span,
                              "Generator expression must be parenthesized");
                value = genexp;
            } else if (at(TokenKind::Equal)) {
                failRange(value->span, {peek().line, peek().col, peek().endLine, peek().endCol},
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
            } else if (sawKeyword || sawDoubleStar) {
                // CPython raises this once the whole argument list has been read.
                while (accept(TokenKind::Comma) && !at(close))
                    expression();
                failAtToken(peek(), sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                                  : "positional argument follows keyword argument");
            }
            args.push_back(value);
        }
        if (!accept(TokenKind::Comma))
            break;
    }
}

// A positional argument: `name := value` or an expression (CPython's args rule, which does not
// use named_expression and so gives '=' its own message).
Expr* Parser::namedExpressionInCall()
{
    if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual)
        return namedExpression();
    return expression();
}

} // namespace aw::lang::detail
