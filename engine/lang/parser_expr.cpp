// Expressions, from star_expressions down to primaries. Right-nested chains (unary operators,
// `**`, `not`, conditional expressions, lambdas) are parsed with loops instead of recursion,
// so that no input can exhaust the C++ stack; CPython's own limit is applied instead.

#include "parser_impl.h"

namespace aw::lang::detail {
namespace {

bool canStartExpression(TokenKind k)
{
    switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String: case TokenKind::LPar:
    case TokenKind::LSqb: case TokenKind::LBrace: case TokenKind::Minus: case TokenKind::Plus:
    case TokenKind::Tilde: case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwAwait:
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::Ellipsis:
        return true;
    default:
        return false;
    }
}

struct BinaryOperator {
    BinaryOp op;
    int precedence; ///< 0 when the token is no binary operator.
};

BinaryOperator binaryOperator(TokenKind k)
{
    switch (k) {
    case TokenKind::VBar: return {BinaryOp::BitOr, 1};
    case TokenKind::Circumflex: return {BinaryOp::BitXor, 2};
    case TokenKind::Amper: return {BinaryOp::BitAnd, 3};
    case TokenKind::LeftShift: return {BinaryOp::LShift, 4};
    case TokenKind::RightShift: return {BinaryOp::RShift, 4};
    case TokenKind::Plus: return {BinaryOp::Add, 5};
    case TokenKind::Minus: return {BinaryOp::Sub, 5};
    case TokenKind::Star: return {BinaryOp::Mult, 6};
    case TokenKind::Slash: return {BinaryOp::Div, 6};
    case TokenKind::DoubleSlash: return {BinaryOp::FloorDiv, 6};
    case TokenKind::Percent: return {BinaryOp::Mod, 6};
    case TokenKind::At: return {BinaryOp::MatMult, 6};
    default: return {BinaryOp::Add, 0};
    }
}

} // namespace

bool Parser::canStartExpressionHere() const { return canStartExpression(kind()); }

Expr* Parser::starExpressions()
{
    const Pos start = startOf(peek());
    Expr* first = starExpression();
    if (!at(TokenKind::Comma))
        return first;
    std::vector<Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
        if (!canStartExpression(kind()) && !at(TokenKind::Star))
            break;
        elts.push_back(starExpression());
    }
    auto* tuple = newExpr<SequenceExpr>(ExprKind::Tuple, finish(start));
    tuple->elts = toArray(elts);
    tuple->ctx = ExprContext::Load;
    return tuple;
}

Expr* Parser::starred(Expr* (Parser::*operand)())
{
    const Token& star = advance();
    Expr* value = (this->*operand)();
    auto* s = newExpr<StarredExpr>(ExprKind::Starred, finish(startOf(star)));
    s->value = value;
    s->ctx = ExprContext::Load;
    return s;
}

Expr* Parser::starExpression()
{
    return at(TokenKind::Star) ? starred(&Parser::bitwiseOr) : expression();
}

Expr* Parser::starNamedExpression()
{
    return at(TokenKind::Star) ? starred(&Parser::bitwiseOr) : namedExpression();
}

Expr* Parser::bitwiseOr() { return binary(1); }

Expr* Parser::namedExpression()
{
    if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual) {
        const Token& name = advance();
        advance();
        Expr* target = newName(name, ExprContext::Store);
        Expr* value = expression();
        auto* walrus = newExpr<NamedExpr>(ExprKind::NamedExpr, finish(startOf(name)));
        walrus->target = target;
        walrus->value = value;
        return walrus;
    }
    Expr* e = expression();
    if (at(TokenKind::ColonEqual))
        failAtNode(e->span, std::string("cannot use assignment expressions with ") + describe(e));
    if (at(TokenKind::Equal) && !speculative_)
        checkMistakenAssignment(e);
    return e;
}

// expression: lambdas and conditional expressions nest to the right; each one met is kept in
// `frames` and wrapped around the innermost expression at the end.
Expr* Parser::expression()
{
    struct Frame {
        Pos start;
        const Arguments* lambdaArgs; // null for a conditional expression
        Expr* body;
        Expr* test;
    };
    std::vector<Frame> frames;
    const int nestingBefore = nesting_;
    Expr* result = nullptr;
    for (;;) {
        if (at(TokenKind::KwLambda)) {
            const Token& keyword = advance();
            const Arguments* args = parameters(TokenKind::Colon, true);
            expect(TokenKind::Colon);
            frames.push_back({startOf(keyword), args, nullptr, nullptr});
            checkNesting(2);
            continue;
        }
        const std::size_t bodyStart = pos_;
        const Pos bodyPos = startOf(peek());
        Expr* body = disjunction();
        if (!speculative_)
            checkJuxtaposition(body, bodyStart);
        // In CPython's PEG rules a conditional without 'else' is just its first part followed
        // by 'if'; speculative parses must read it that way.
        if (!at(TokenKind::KwIf) || (speculative_ && !speculate([&] {
                advance();
                disjunction();
                return at(TokenKind::KwElse);
            }))) {
            result = body;
            break;
        }
        advance();
        Expr* test = disjunction();
        if (!accept(TokenKind::KwElse)) {
            if (!at(TokenKind::Colon) && !speculative_)
                failRange(body->span, test->span, "expected 'else' after 'if' expression");
            invalidSyntax();
        }
        frames.push_back({bodyPos, nullptr, body, test});
        checkNesting(1);
    }
    // Every node of the chain ends where the innermost expression ends.
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
        const Span span = finish(it->start);
        if (it->lambdaArgs) {
            auto* lambda = newExpr<LambdaExpr>(ExprKind::Lambda, span);
            lambda->args = it->lambdaArgs;
            lambda->body = result;
            result = lambda;
        } else {
            auto* ifExp = newExpr<IfExpExpr>(ExprKind::IfExp, span);
            ifExp->test = it->test;
            ifExp->body = it->body;
            ifExp->orelse = result;
            result = ifExp;
        }
    }
    nesting_ = nestingBefore;
    return result;
}

Expr* Parser::boolOperation(TokenKind keyword, BoolOpKind op, Expr* (Parser::*operand)())
{
    const Pos start = startOf(peek());
    Expr* first = (this->*operand)();
    if (!at(keyword))
        return first;
    std::vector<Expr*> values{first};
    while (accept(keyword))
        values.push_back((this->*operand)());
    auto* node = newExpr<BoolOpExpr>(ExprKind::BoolOp, finish(start));
    node->op = op;
    node->values = toArray(values);
    return node;
}

Expr* Parser::disjunction() { return boolOperation(TokenKind::KwOr, BoolOpKind::Or, &Parser::conjunction); }

Expr* Parser::conjunction() { return boolOperation(TokenKind::KwAnd, BoolOpKind::And, &Parser::inversion); }

Expr* Parser::inversion()
{
    std::vector<Pos> nots;
    const int nestingBefore = nesting_;
    while (at(TokenKind::KwNot)) {
        nots.push_back(startOf(advance()));
        checkNesting(1);
    }
    Expr* result = comparison();
    for (auto it = nots.rbegin(); it != nots.rend(); ++it) {
        auto* node = newExpr<UnaryOpExpr>(ExprKind::UnaryOp, finish(*it));
        node->op = UnaryOpKind::Not;
        node->operand = result;
        result = node;
    }
    nesting_ = nestingBefore;
    return result;
}

Expr* Parser::comparison()
{
    const Pos start = startOf(peek());
    Expr* left = bitwiseOr();
    std::vector<CmpOp> ops;
    std::vector<Expr*> comparators;
    for (;;) {
        CmpOp op;
        switch (kind()) {
        case TokenKind::EqEqual: op = CmpOp::Eq; break;
        case TokenKind::NotEqual: op = CmpOp::NotEq; break;
        case TokenKind::Less: op = CmpOp::Lt; break;
        case TokenKind::LessEqual: op = CmpOp::LtE; break;
        case TokenKind::Greater: op = CmpOp::Gt; break;
        case TokenKind::GreaterEqual: op = CmpOp::GtE; break;
        case TokenKind::KwIn: op = CmpOp::In; break;
        case TokenKind::KwIs: op = kind(1) == TokenKind::KwNot ? CmpOp::IsNot : CmpOp::Is; break;
        case TokenKind::KwNot:
            if (kind(1) != TokenKind::KwIn)
                goto done;
            op = CmpOp::NotIn;
            break;
        default: goto done;
        }
        advance();
        if (op == CmpOp::IsNot || op == CmpOp::NotIn)
            advance();
        ops.push_back(op);
        comparators.push_back(bitwiseOr());
    }
done:
    if (ops.empty())
        return left;
    auto* node = newExpr<CompareExpr>(ExprKind::Compare, finish(start));
    node->left = left;
    node->ops = toArray(ops);
    node->comparators = toArray(comparators);
    return node;
}

// Precedence climbing over | ^ & << >> + - * / // % @ (all left-associative); recursion depth
// is bounded by the number of precedence levels, not by the length of the expression.
Expr* Parser::binary(int minPrecedence)
{
    // Spans start at the first token, which is a '(' when the left operand is parenthesized.
    const Pos start = startOf(peek());
    Expr* left = factor();
    for (;;) {
        const BinaryOperator op = binaryOperator(kind());
        if (op.precedence == 0 || op.precedence < minPrecedence)
            return left;
        advance();
        Expr* right = binary(op.precedence + 1);
        auto* node = newExpr<BinOpExpr>(ExprKind::BinOp, finish(start));
        node->left = left;
        node->op = op.op;
        node->right = right;
        left = node;
    }
}

// factor: ('+'|'-'|'~')* power, power: await_primary ['**' factor]. A chain such as
// `-a ** -b ** c` is read left to right into frames, then folded from the right.
Expr* Parser::factor()
{
    struct Frame {
        std::size_t firstOp; // index into `ops`
        Pos baseStart;
        Expr* base;
    };
    std::vector<const Token*> ops;
    std::vector<Frame> frames;
    const int nestingBefore = nesting_;
    for (;;) {
        const std::size_t firstOp = ops.size();
        while (at(TokenKind::Minus) || at(TokenKind::Plus) || at(TokenKind::Tilde)) {
            ops.push_back(&advance());
            checkNesting(1);
        }
        const Pos baseStart = startOf(peek());
        Expr* base = awaitPrimary();
        frames.push_back({firstOp, baseStart, base});
        if (!accept(TokenKind::DoubleStar))
            break;
        checkNesting(2);
    }
    // Every node of the chain ends where the last operand ends.
    Expr* result = nullptr;
    std::size_t opsEnd = ops.size();
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
        if (!result) {
            result = it->base;
        } else {
            auto* pow = newExpr<BinOpExpr>(ExprKind::BinOp, finish(it->baseStart));
            pow->left = it->base;
            pow->op = BinaryOp::Pow;
            pow->right = result;
            result = pow;
        }
        for (std::size_t i = opsEnd; i > it->firstOp; --i) {
            const Token& op = *ops[i - 1];
            auto* node = newExpr<UnaryOpExpr>(ExprKind::UnaryOp, finish(startOf(op)));
            node->op = op.kind == TokenKind::Minus ? UnaryOpKind::USub
                       : op.kind == TokenKind::Plus ? UnaryOpKind::UAdd
                                                     : UnaryOpKind::Invert;
            node->operand = result;
            result = node;
        }
        opsEnd = it->firstOp;
    }
    nesting_ = nestingBefore;
    return result;
}

Expr* Parser::awaitPrimary()
{
    if (!at(TokenKind::KwAwait)) {
        const Pos start = startOf(peek());
        return primary(atom(), start);
    }
    const Token& keyword = advance();
    const Pos start = startOf(peek());
    Expr* value = primary(atom(), start);
    auto* node = newExpr<AwaitYieldExpr>(ExprKind::Await, finish(startOf(keyword)));
    node->value = value;
    return node;
}

Expr* Parser::primary(Expr* e, Pos start)
{
    for (;;) {
        // CPython's second-pass rules are PEG: a trailer that fails to parse just ends the
        // primary there, which matters for where their error ranges end.
        if (speculative_ && (at(TokenKind::Dot) || at(TokenKind::LPar) || at(TokenKind::LSqb)) &&
            !speculate([&] {
                trailer(e, start);
                return true;
            }))
            return e;
        Expr* next = trailer(e, start);
        if (!next)
            return e;
        e = next;
    }
}

// One '.name', '(args)' or '[slices]' after `e`, or null when none follows.
Expr* Parser::trailer(Expr* e, Pos start)
{
    if (accept(TokenKind::Dot)) {
        const Token& name = expect(TokenKind::Name);
        auto* node = newExpr<AttributeExpr>(ExprKind::Attribute, finish(start));
        node->value = e;
        node->attr = intern(name);
        node->ctx = ExprContext::Load;
        return node;
    }
    if (at(TokenKind::LPar)) {
        const Token& open = advance();
        std::vector<Expr*> args;
        std::vector<Keyword> keywords;
        callArguments(args, keywords, TokenKind::RPar, &open);
        expect(TokenKind::RPar);
        auto* node = newExpr<CallExpr>(ExprKind::Call, finish(start));
        node->func = e;
        node->args = toArray(args);
        node->keywords = toArray(keywords);
        return node;
    }
    if (accept(TokenKind::LSqb)) {
        Expr* index = slices();
        expect(TokenKind::RSqb);
        auto* node = newExpr<SubscriptExpr>(ExprKind::Subscript, finish(start));
        node->value = e;
        node->slice = index;
        node->ctx = ExprContext::Load;
        return node;
    }
    return nullptr;
}

} // namespace aw::lang::detail
