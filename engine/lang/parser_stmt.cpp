// Simple statements: everything that fits on one logical line.

#include "parser_impl.h"

#include <optional>

namespace aw::lang::detail {
namespace {

std::optional<BinaryOp> augmentedOperator(TokenKind k)
{
    switch (k) {
    case TokenKind::PlusEqual: return BinaryOp::Add;
    case TokenKind::MinEqual: return BinaryOp::Sub;
    case TokenKind::StarEqual: return BinaryOp::Mult;
    case TokenKind::AtEqual: return BinaryOp::MatMult;
    case TokenKind::SlashEqual: return BinaryOp::Div;
    case TokenKind::PercentEqual: return BinaryOp::Mod;
    case TokenKind::AmperEqual: return BinaryOp::BitAnd;
    case TokenKind::VBarEqual: return BinaryOp::BitOr;
    case TokenKind::CircumflexEqual: return BinaryOp::BitXor;
    case TokenKind::LeftShiftEqual: return BinaryOp::LShift;
    case TokenKind::RightShiftEqual: return BinaryOp::RShift;
    case TokenKind::DoubleStarEqual: return BinaryOp::Pow;
    case TokenKind::DoubleSlashEqual: return BinaryOp::FloorDiv;
    default: return std::nullopt;
    }
}

} // namespace

ArenaArray<Stmt*> Parser::statementsUntil(TokenKind end)
{
    std::vector<Stmt*> out;
    while (!at(end))
        statement(out);
    return toArray(out);
}

void Parser::statement(std::vector<Stmt*>& out)
{
    if (Stmt* s = compoundStatement()) {
        out.push_back(s);
        return;
    }
    if (looksLikeMatchStatement())
        failUnsupported("match statement", finish(startOf(advance())));
    simpleStatements(out);
}

void Parser::simpleStatements(std::vector<Stmt*>& out)
{
    for (;;) {
        out.push_back(simpleStatement());
        if (!accept(TokenKind::Semi) || at(TokenKind::Newline))
            break;
    }
    expect(TokenKind::Newline);
}

Stmt* Parser::simpleStatement()
{
    const Token& t = peek();
    switch (t.kind) {
    case TokenKind::KwReturn: return returnStatement();
    case TokenKind::KwImport: return importStatement();
    case TokenKind::KwFrom: return importFromStatement();
    case TokenKind::KwRaise: return raiseStatement();
    case TokenKind::KwDel: return deleteStatement();
    case TokenKind::KwAssert: return assertStatement();
    case TokenKind::KwGlobal: return namesStatement(StmtKind::Global);
    case TokenKind::KwNonlocal: return namesStatement(StmtKind::Nonlocal);
    case TokenKind::KwPass:
    case TokenKind::KwBreak:
    case TokenKind::KwContinue: {
        advance();
        const StmtKind kind = t.kind == TokenKind::KwPass    ? StmtKind::Pass
                              : t.kind == TokenKind::KwBreak ? StmtKind::Break
                                                             : StmtKind::Continue;
        return newStmt<Stmt>(kind, finish(startOf(t)));
    }
    default: return expressionStatement();
    }
}

Stmt* Parser::expressionStatement()
{
    const Pos start = startOf(peek());
    Expr* first = at(TokenKind::KwYield) ? yieldExpression() : starExpressions();
    if (at(TokenKind::Equal))
        return assignmentRest(first, start);
    if (at(TokenKind::Colon))
        return annotatedAssignment(first, start);
    if (const std::optional<BinaryOp> op = augmentedOperator(kind())) {
        const ExprKind k = first->kind;
        if (!(k == ExprKind::Name || k == ExprKind::Attribute || k == ExprKind::Subscript))
            failAtNode(first->span, std::string("'") + describe(first) + "' is an illegal expression for augmented assignment");
        advance();
        setContext(first, ExprContext::Store);
        Expr* value = at(TokenKind::KwYield) ? yieldExpression() : starExpressions();
        auto* s = newStmt<AugAssignStmt>(StmtKind::AugAssign, finish(start));
        s->target = first;
        s->op = *op;
        s->value = value;
        return s;
    }
    auto* s = newStmt<ExprStmt>(StmtKind::Expr, finish(start));
    s->value = first;
    return s;
}

Stmt* Parser::assignmentRest(Expr* first, Pos start)
{
    std::vector<Expr*> targets{first};
    const std::size_t firstEqual = pos_;
    checkAssignmentTarget(first, first, firstEqual);
    Expr* value = nullptr;
    for (;;) {
        advance(); // '='
        Expr* e = at(TokenKind::KwYield) ? yieldExpression() : starExpressions();
        if (!at(TokenKind::Equal)) {
            value = e;
            break;
        }
        checkAssignmentTarget(e, first, firstEqual);
        targets.push_back(e);
    }
    for (Expr* t : targets)
        setContext(t, ExprContext::Store);
    auto* s = newStmt<AssignStmt>(StmtKind::Assign, finish(start));
    s->targets = toArray(targets);
    s->value = value;
    return s;
}

Stmt* Parser::annotatedAssignment(Expr* target, Pos start)
{
    const ExprKind k = target->kind;
    const bool valid = k == ExprKind::Name || k == ExprKind::Attribute || k == ExprKind::Subscript;
    // CPython's messages about annotation targets need an annotation after the ':'.
    if (!valid && !speculate([&] {
            advance();
            expression();
            return true;
        }))
        invalidSyntax();
    if (k == ExprKind::Tuple && !target->parenthesized)
        failAtNode(target->as<SequenceExpr>().elts[0]->span, "only single target (not tuple) can be annotated");
    if (k == ExprKind::List || k == ExprKind::Tuple)
        failAtNode(target->span, std::string("only single target (not ") + describe(target) + ") can be annotated");
    if (!valid)
        failAtNode(target->span, "illegal target for annotation");
    advance(); // ':'
    setContext(target, ExprContext::Store);
    Expr* annotation = expression();
    Expr* value = nullptr;
    if (accept(TokenKind::Equal))
        value = at(TokenKind::KwYield) ? yieldExpression() : starExpressions();
    auto* s = newStmt<AnnAssignStmt>(StmtKind::AnnAssign, finish(start));
    s->target = target;
    s->annotation = annotation;
    s->value = value;
    s->simple = k == ExprKind::Name && !target->parenthesized;
    return s;
}

Stmt* Parser::returnStatement()
{
    const Token& keyword = advance();
    Expr* value = at(TokenKind::Newline) || at(TokenKind::Semi) ? nullptr : starExpressions();
    auto* s = newStmt<ReturnStmt>(StmtKind::Return, finish(startOf(keyword)));
    s->value = value;
    return s;
}

Stmt* Parser::raiseStatement()
{
    const Token& keyword = advance();
    Expr* exc = nullptr;
    Expr* cause = nullptr;
    if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
        exc = expression();
        if (accept(TokenKind::KwFrom))
            cause = expression();
    }
    auto* s = newStmt<RaiseStmt>(StmtKind::Raise, finish(startOf(keyword)));
    s->exc = exc;
    s->cause = cause;
    return s;
}

Stmt* Parser::namesStatement(StmtKind kind)
{
    const Token& keyword = advance();
    std::vector<Identifier> names;
    do {
        names.push_back(intern(expect(TokenKind::Name)));
    } while (accept(TokenKind::Comma));
    auto* s = newStmt<NamesStmt>(kind, finish(startOf(keyword)));
    s->names = toArray(names);
    return s;
}

Stmt* Parser::deleteStatement()
{
    const Token& keyword = advance();
    Expr* targets = starExpressions();
    std::vector<Expr*> list;
    if (targets->kind == ExprKind::Tuple && !targets->parenthesized) {
        for (Expr* e : targets->as<SequenceExpr>().elts)
            list.push_back(e);
    } else {
        list.push_back(targets);
    }
    if (Expr* bad = invalidTarget(targets, ExprContext::Del))
        failAssignTarget(bad, ExprContext::Del);
    for (Expr* e : list)
        setContext(e, ExprContext::Del);
    if (!at(TokenKind::Newline) && !at(TokenKind::Semi))
        invalidSyntax();
    auto* s = newStmt<DeleteStmt>(StmtKind::Delete, finish(startOf(keyword)));
    s->targets = toArray(list);
    return s;
}

Stmt* Parser::assertStatement()
{
    const Token& keyword = advance();
    Expr* test = expression();
    Expr* msg = accept(TokenKind::Comma) ? expression() : nullptr;
    auto* s = newStmt<AssertStmt>(StmtKind::Assert, finish(startOf(keyword)));
    s->test = test;
    s->msg = msg;
    return s;
}

// `a.b.c [as d]` (dotted) or `name [as d]`; the dotted name is interned whole.
Alias Parser::dottedAlias(bool dotted)
{
    const Token& first = expect(TokenKind::Name);
    std::string name(text(first));
    while (dotted && accept(TokenKind::Dot)) {
        name += '.';
        name += text(expect(TokenKind::Name));
    }
    Alias alias{};
    alias.name = module_.names().intern(name);
    if (accept(TokenKind::KwAs))
        alias.asname = intern(expect(TokenKind::Name));
    alias.span = finish(startOf(first));
    return alias;
}

Stmt* Parser::importStatement()
{
    const Token& keyword = advance();
    std::vector<Alias> names;
    do {
        names.push_back(dottedAlias(true));
    } while (accept(TokenKind::Comma));
    auto* s = newStmt<ImportStmt>(StmtKind::Import, finish(startOf(keyword)));
    s->names = toArray(names);
    return s;
}

Stmt* Parser::importFromStatement()
{
    const Token& keyword = advance();
    int level = 0;
    for (;; advance()) {
        if (at(TokenKind::Dot))
            level += 1;
        else if (at(TokenKind::Ellipsis))
            level += 3;
        else
            break;
    }
    Identifier module;
    if (level == 0 || at(TokenKind::Name))
        module = dottedAlias(true).name;
    expect(TokenKind::KwImport);
    std::vector<Alias> names;
    if (at(TokenKind::Star)) {
        const Token& star = advance();
        names.push_back({module_.names().intern("*"), Identifier(), finish(startOf(star))});
    } else {
        const bool parenthesized = accept(TokenKind::LPar);
        do {
            if (parenthesized && at(TokenKind::RPar))
                break;
            if (!parenthesized && !names.empty() && at(TokenKind::Newline))
                failAtToken(peek(), "trailing comma not allowed without surrounding parentheses");
            names.push_back(dottedAlias(false));
        } while (accept(TokenKind::Comma));
        if (parenthesized)
            expect(TokenKind::RPar);
    }
    auto* s = newStmt<ImportFromStmt>(StmtKind::ImportFrom, finish(startOf(keyword)));
    s->module = module;
    s->names = toArray(names);
    s->level = level;
    return s;
}

// `match` is a soft keyword; a line `match <subject>:` followed by an indented `case` is the
// statement (which scenarios do not support), anything else is an ordinary name.
bool Parser::looksLikeMatchStatement() const
{
    if (!atName("match"))
        return false;
    const std::size_t limit = std::min(errorIndex_, tokens_.size());
    std::size_t i = pos_ + 1;
    while (i < limit && tokens_[i].kind != TokenKind::Newline && tokens_[i].kind != TokenKind::EndMarker)
        ++i;
    if (i + 2 >= limit || i == pos_ + 1 || tokens_[i].kind != TokenKind::Newline || tokens_[i - 1].kind != TokenKind::Colon)
        return false;
    const Token& caseToken = tokens_[i + 2];
    return tokens_[i + 1].kind == TokenKind::Indent && caseToken.kind == TokenKind::Name && text(caseToken) == "case";
}

} // namespace aw::lang::detail
