// Atoms (names, literals, parenthesized forms, list/set/dict displays and comprehensions),
// subscripts and yield expressions.

#include "parser_impl.h"

namespace aw::lang::detail {
namespace {

Span tokenSpan(const Token& t) { return {t.line, t.col, t.endLine, t.endCol}; }
Span spanBetween(const Token& open, const Token& close) { return {open.line, open.col, close.endLine, close.endCol}; }

} // namespace

Expr* Parser::atom()
{
    const Token& t = peek();
    switch (t.kind) {
    case TokenKind::Name: advance(); return newName(t, ExprContext::Load);
    case TokenKind::KwTrue: advance(); return newConstant(ConstantKind::True, tokenSpan(t));
    case TokenKind::KwFalse: advance(); return newConstant(ConstantKind::False, tokenSpan(t));
    case TokenKind::KwNone: advance(); return newConstant(ConstantKind::None, tokenSpan(t));
    case TokenKind::Ellipsis: advance(); return newConstant(ConstantKind::Ellipsis, tokenSpan(t));
    case TokenKind::Number: advance(); return number(t);
    case TokenKind::String: return strings();
    case TokenKind::LPar: advance(); return parenthesized(t, TokenKind::RPar);
    case TokenKind::LSqb: return listDisplay();
    case TokenKind::LBrace: return braceDisplay();
    default: invalidSyntax();
    }
}

// Looks one token further only after `async`, like CPython, so error positions match.
bool Parser::atComprehensionStart() const
{
    return at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor);
}

Expr* Parser::comprehension(ExprKind kind, const Token& open, Expr* elt, Expr* value)
{
    if (elt->kind == ExprKind::Starred)
        failAtNode(elt->span, "iterable unpacking cannot be used in comprehension");
    ArenaArray<Comprehension> generators = comprehensionClauses();
    const Token& close = peek();
    auto* node = newExpr<ComprehensionExpr>(kind, spanBetween(open, close));
    node->elt = elt;
    node->value = value;
    node->generators = generators;
    return node;
}

// After '(' (or at the start of an f-string field, where `close` is EndMarker): the empty
// tuple, a yield, a generator expression, a tuple, or a parenthesized expression.
Expr* Parser::parenthesized(const Token& open, TokenKind close)
{
    Expr* result = nullptr;
    if (at(close)) {
        auto* tuple = newExpr<SequenceExpr>(ExprKind::Tuple, spanBetween(open, peek()));
        tuple->ctx = ExprContext::Load;
        result = tuple;
    } else if (at(TokenKind::KwYield)) {
        result = yieldExpression();
    } else if (at(TokenKind::DoubleStar)) {
        failAtToken(peek(), "cannot use double starred expression here");
    } else {
        Expr* first = starNamedExpression();
        if (atComprehensionStart()) {
            result = comprehension(ExprKind::GeneratorExp, open, first, nullptr);
        } else if (at(TokenKind::Comma)) {
            std::vector<Expr*> elts{first};
            while (accept(TokenKind::Comma) && !at(close))
                elts.push_back(starNamedExpression());
            auto* tuple = newExpr<SequenceExpr>(ExprKind::Tuple, spanBetween(open, peek()));
            tuple->elts = toArray(elts);
            tuple->ctx = ExprContext::Load;
            result = tuple;
        } else {
            if (first->kind == ExprKind::Starred && at(close))
                failAtNode(first->span, "cannot use starred expression here");
            result = first;
        }
    }
    expect(close);
    result->parenthesized = true;
    return result;
}

Expr* Parser::listDisplay()
{
    const Token& open = advance();
    std::vector<Expr*> elts;
    if (!at(TokenKind::RSqb)) {
        Expr* first = starNamedExpression();
        if (atComprehensionStart()) {
            Expr* node = comprehension(ExprKind::ListComp, open, first, nullptr);
            expect(TokenKind::RSqb);
            return node;
        }
        elts.push_back(first);
        while (accept(TokenKind::Comma) && !at(TokenKind::RSqb)) {
            elts.push_back(starNamedExpression());
            if (atComprehensionStart())
                failRange(first->span, elts.back()->span, "did you forget parentheses around the comprehension target?");
        }
    }
    const Token& close = expect(TokenKind::RSqb);
    auto* list = newExpr<SequenceExpr>(ExprKind::List, spanBetween(open, close));
    list->elts = toArray(elts);
    list->ctx = ExprContext::Load;
    return list;
}

Expr* Parser::braceDisplay()
{
    const Token& open = advance();
    if (at(TokenKind::RBrace)) {
        const Token& close = advance();
        return newExpr<DictExpr>(ExprKind::Dict, spanBetween(open, close));
    }
    if (at(TokenKind::DoubleStar))
        return dictDisplay(open, nullptr);
    Expr* first = starNamedExpression();
    if (at(TokenKind::Colon))
        return dictDisplay(open, first);
    if (atComprehensionStart()) {
        Expr* node = comprehension(ExprKind::SetComp, open, first, nullptr);
        expect(TokenKind::RBrace);
        return node;
    }
    std::vector<Expr*> elts{first};
    while (accept(TokenKind::Comma) && !at(TokenKind::RBrace))
        elts.push_back(starNamedExpression());
    const Token& close = expect(TokenKind::RBrace);
    auto* set = newExpr<SequenceExpr>(ExprKind::Set, spanBetween(open, close));
    set->elts = toArray(elts);
    set->ctx = ExprContext::Load;
    return set;
}

// A dict item's value after "key:"; CPython names the two common mistakes.
Expr* Parser::dictValue()
{
    if (at(TokenKind::RBrace) || at(TokenKind::Comma))
        failAtToken(previous(), "expression expected after dictionary key and ':'");
    return expression();
}

Expr* Parser::dictDisplay(const Token& open, Expr* firstKey)
{
    std::vector<Expr*> keys;
    std::vector<Expr*> values;
    const auto keyExpected = [this](Expr* key) {
        failRawParser("':' expected after dictionary key", key->span.line, static_cast<int>(key->span.endCol),
                      key->span.endLine, 0);
    };
    for (bool first = true;; first = false) {
        if (!first && (!accept(TokenKind::Comma) || at(TokenKind::RBrace)))
            break;
        if (at(TokenKind::DoubleStar)) {
            const Token& stars = advance();
            Expr* mapping = bitwiseOr();
            if (first && atComprehensionStart())
                failAtToken(stars, "dict unpacking cannot be used in dict comprehension");
            keys.push_back(nullptr);
            values.push_back(mapping);
            continue;
        }
        Expr* key = first && firstKey ? firstKey : expression();
        if (!accept(TokenKind::Colon))
            keyExpected(key);
        Expr* value = dictValue();
        if (first && atComprehensionStart()) {
            Expr* node = comprehension(ExprKind::DictComp, open, key, value);
            expect(TokenKind::RBrace);
            return node;
        }
        keys.push_back(key);
        values.push_back(value);
    }
    const Token& close = expect(TokenKind::RBrace);
    auto* dict = newExpr<DictExpr>(ExprKind::Dict, spanBetween(open, close));
    dict->keys = toArray(keys);
    dict->values = toArray(values);
    return dict;
}

ArenaArray<Comprehension> Parser::comprehensionClauses()
{
    std::vector<Comprehension> generators;
    while (atComprehensionStart()) {
        Comprehension c{};
        c.isAsync = accept(TokenKind::KwAsync);
        advance(); // 'for'
        c.target = targetList();
        expect(TokenKind::KwIn);
        c.iter = disjunction();
        std::vector<Expr*> ifs;
        while (accept(TokenKind::KwIf))
            ifs.push_back(disjunction());
        c.ifs = toArray(ifs);
        generators.push_back(c);
    }
    return toArray(generators);
}

Expr* Parser::slices()
{
    const Pos start = startOf(peek());
    Expr* first = at(TokenKind::Star) ? starred(&Parser::bitwiseOr) : slice();
    if (!at(TokenKind::Comma) && first->kind != ExprKind::Starred)
        return first;
    std::vector<Expr*> elts{first};
    while (accept(TokenKind::Comma) && !at(TokenKind::RSqb))
        elts.push_back(at(TokenKind::Star) ? starred(&Parser::bitwiseOr) : slice());
    auto* tuple = newExpr<SequenceExpr>(ExprKind::Tuple, finish(start));
    tuple->elts = toArray(elts);
    tuple->ctx = ExprContext::Load;
    return tuple;
}

Expr* Parser::slice()
{
    const Pos start = startOf(peek());
    Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        lower = namedExpression();
        if (!at(TokenKind::Colon))
            return lower;
    }
    advance();
    const auto atEnd = [this] { return at(TokenKind::Colon) || at(TokenKind::RSqb) || at(TokenKind::Comma); };
    Expr* upper = atEnd() ? nullptr : expression();
    Expr* step = nullptr;
    if (accept(TokenKind::Colon) && !at(TokenKind::RSqb) && !at(TokenKind::Comma))
        step = expression();
    auto* node = newExpr<SliceExpr>(ExprKind::Slice, finish(start));
    node->lower = lower;
    node->upper = upper;
    node->step = step;
    return node;
}

Expr* Parser::yieldExpression()
{
    const Token& keyword = advance();
    ExprKind kind = ExprKind::Yield;
    Expr* value = nullptr;
    if (accept(TokenKind::KwFrom)) {
        kind = ExprKind::YieldFrom;
        value = expression();
    } else if (canStartExpressionHere() || at(TokenKind::Star)) {
        value = starExpressions();
    }
    auto* node = newExpr<AwaitYieldExpr>(kind, finish(startOf(keyword)));
    node->value = value;
    return node;
}

} // namespace aw::lang::detail
