// Assignment, deletion and loop targets: expressions are parsed first and then checked and
// switched to Store/Del context, with CPython's messages for what cannot be a target.

#include "parser_impl.h"

namespace aw::lang::detail {
namespace {

bool isNotOperator(const Expr* e) { return e->kind == ExprKind::UnaryOp && e->as<UnaryOpExpr>().op == UnaryOpKind::Not; }

// Whether CPython's bitwise_or rule alone could have produced `e`.
bool isBitwiseOrLevel(const Expr* e)
{
    if (e->parenthesized)
        return true;
    switch (e->kind) {
    case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
    case ExprKind::Tuple:
        return false;
    default:
        return !isNotOperator(e);
    }
}

// CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False') looks at how `e` starts.
bool startsWithDisplayOrConstant(const Expr* e)
{
    for (;;) {
        if (e->parenthesized)
            return e->kind == ExprKind::Tuple || e->kind == ExprKind::GeneratorExp;
        switch (e->kind) {
        case ExprKind::List: return true;
        case ExprKind::Constant: {
            const ConstantKind k = e->as<ConstantExpr>().constKind;
            return k == ConstantKind::True || k == ConstantKind::None || k == ConstantKind::False;
        }
        case ExprKind::Attribute: e = e->as<AttributeExpr>().value; break;
        case ExprKind::Subscript: e = e->as<SubscriptExpr>().value; break;
        case ExprKind::Call: e = e->as<CallExpr>().func; break;
        case ExprKind::BinOp: e = e->as<BinOpExpr>().left; break;
        default: return false;
        }
    }
}

} // namespace

// _PyPegen_get_invalid_target(): the first part of `e` that cannot be assigned (or deleted).
Expr* Parser::invalidTarget(Expr* e, ExprContext ctx)
{
    switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple:
        for (Expr* elt : e->as<SequenceExpr>().elts) {
            if (Expr* bad = invalidTarget(elt, ctx))
                return bad;
        }
        return nullptr;
    case ExprKind::Starred:
        return ctx == ExprContext::Del ? e : invalidTarget(e->as<StarredExpr>().value, ctx);
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        return nullptr;
    default:
        return e;
    }
}

void Parser::setContext(Expr* e, ExprContext ctx)
{
    switch (e->kind) {
    case ExprKind::Name: e->as<NameExpr>().ctx = ctx; break;
    case ExprKind::Attribute: e->as<AttributeExpr>().ctx = ctx; break;
    case ExprKind::Subscript: e->as<SubscriptExpr>().ctx = ctx; break;
    case ExprKind::Starred:
        e->as<StarredExpr>().ctx = ctx;
        setContext(e->as<StarredExpr>().value, ctx);
        break;
    case ExprKind::List:
    case ExprKind::Tuple:
        e->as<SequenceExpr>().ctx = ctx;
        for (Expr* elt : e->as<SequenceExpr>().elts)
            setContext(elt, ctx);
        break;
    default: break;
    }
}

void Parser::failAssignTarget(Expr* bad, ExprContext ctx)
{
    failAtNode(bad->span, std::string(ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ") + describe(bad));
}

// At an '=' after `e` where no assignment is allowed (or the statement is broken anyway):
// CPython's invalid_named_expression guesses that '==' was meant.
void Parser::checkMistakenAssignment(Expr* e)
{
    Span rhs{};
    const bool rhsFits = speculate([&] {
        advance();
        rhs = bitwiseOr()->span;
        return !at(TokenKind::Equal) && !at(TokenKind::ColonEqual);
    });
    if (!rhsFits)
        return;
    if (e->kind == ExprKind::Name && !e->parenthesized)
        failRange(e->span, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (isBitwiseOrLevel(e) && !startsWithDisplayOrConstant(e))
        failAtNode(e->span, std::string("cannot assign to ") + describe(e) + " here. Maybe you meant '==' instead of '='?");
}

// A target of an assignment statement whose first target is `first`, followed by the '=' at
// token `firstEqual`. When any target is invalid, CPython's invalid_assignment rule first looks
// at the statement's start with invalid_named_expression, then complains about the target.
void Parser::checkAssignmentTarget(Expr* target, Expr* first, std::size_t firstEqual)
{
    Expr* bad = invalidTarget(target, ExprContext::Store);
    if (!bad)
        return;
    const bool bareTuple = first->kind == ExprKind::Tuple && !first->parenthesized;
    const std::size_t current = pos_;
    pos_ = firstEqual;
    checkMistakenAssignment(bareTuple ? first->as<SequenceExpr>().elts.back() : first);
    pos_ = current;
    if ((target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom) && !target->parenthesized)
        failAtNode(target->span, "assignment to yield expression not possible");
    failAssignTarget(bad, ExprContext::Store);
}

// star_targets of `for` loops and comprehensions, which must stop before `in`.
Expr* Parser::targetList()
{
    const Pos start = startOf(peek());
    // CPython re-reads a broken target as expressions, hence its "forgot a comma" guess.
    const auto element = [this] {
        const std::size_t elementStart = pos_;
        Expr* e = at(TokenKind::Star) ? starred(&Parser::bitwiseOr) : bitwiseOr();
        if (!speculative_)
            checkJuxtaposition(e, elementStart);
        return e;
    };
    Expr* target = element();
    if (at(TokenKind::Comma)) {
        std::vector<Expr*> elts{target};
        while (accept(TokenKind::Comma) && !at(TokenKind::KwIn))
            elts.push_back(element());
        auto* tuple = newExpr<SequenceExpr>(ExprKind::Tuple, finish(start));
        tuple->elts = toArray(elts);
        target = tuple;
    }
    if (Expr* bad = invalidTarget(target, ExprContext::Store))
        failAssignTarget(bad, ExprContext::Store);
    setContext(target, ExprContext::Store);
    return target;
}

} // namespace aw::lang::detail
