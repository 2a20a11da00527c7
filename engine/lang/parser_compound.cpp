// Compound statements: blocks, if/while/for/with/try, def and class.

#include "parser_impl.h"

namespace aw::lang::detail {

Stmt* Parser::compoundStatement()
{
    const Token& t = peek();
    switch (t.kind) {
    case TokenKind::KwDef: return functionDef({}, nullptr, startOf(t));
    case TokenKind::KwIf: return ifStatement(false);
    case TokenKind::KwClass: return classDef({}, startOf(t));
    case TokenKind::KwWith: return withStatement(nullptr);
    case TokenKind::KwFor: return forStatement(nullptr);
    case TokenKind::KwTry: return tryStatement();
    case TokenKind::KwWhile: return whileStatement();
    case TokenKind::At: return decorated();
    case TokenKind::KwAsync: {
        const TokenKind next = kind(1);
        if (next == TokenKind::KwDef) {
            advance();
            return functionDef({}, &t, startOf(t));
        }
        if (next == TokenKind::KwWith || next == TokenKind::KwFor) {
            advance();
            return next == TokenKind::KwWith ? withStatement(&t) : forStatement(&t);
        }
        advance();
        invalidSyntax();
    }
    default: return nullptr;
    }
}

// `keyword` opened the block; `what` names it in "expected an indented block after ...".
ArenaArray<Stmt*> Parser::block(const Token& keyword, std::string_view what)
{
    if (!accept(TokenKind::Newline)) {
        std::vector<Stmt*> out;
        simpleStatements(out);
        return toArray(out);
    }
    if (!at(TokenKind::Indent))
        failExpectedBlock(keyword, what);
    advance();
    ArenaArray<Stmt*> body = statementsUntil(TokenKind::Dedent);
    advance();
    return body;
}

// The ':' that CPython's invalid_*_stmt rules expect: a missing one right before the end of the
// line is "expected ':'", anything else is plain invalid syntax.
void Parser::expectColon()
{
    if (accept(TokenKind::Colon))
        return;
    if (at(TokenKind::Newline))
        failAtToken(peek(), "expected ':'");
    invalidSyntax();
}

// Forced tokens (CPython's &&':') report "expected ':'" wherever they are missing.
void Parser::expectForced(TokenKind k, std::string_view spelling)
{
    if (!accept(k))
        failAtToken(peek(), "expected '" + std::string(spelling) + "'");
}

Stmt* Parser::ifStatement(bool isElif)
{
    const Token& keyword = advance();
    Expr* test = namedExpression();
    expectColon();
    ArenaArray<Stmt*> body = block(keyword, isElif ? "'elif' statement" : "'if' statement");
    ArenaArray<Stmt*> orelse;
    if (at(TokenKind::KwElif)) {
        Stmt* elif = ifStatement(true);
        orelse = arena_.copyArray(std::span<Stmt* const>(&elif, 1));
    } else {
        orelse = elseBlock();
    }
    auto* s = newStmt<CondStmt>(StmtKind::If, finish(startOf(keyword)));
    s->test = test;
    s->body = body;
    s->orelse = orelse;
    return s;
}

ArenaArray<Stmt*> Parser::elseBlock()
{
    if (!at(TokenKind::KwElse))
        return {};
    const Token& keyword = advance();
    expectForced(TokenKind::Colon, ":");
    return block(keyword, "'else' statement");
}

Stmt* Parser::whileStatement()
{
    const Token& keyword = advance();
    Expr* test = namedExpression();
    expectColon();
    ArenaArray<Stmt*> body = block(keyword, "'while' statement");
    ArenaArray<Stmt*> orelse = elseBlock();
    auto* s = newStmt<CondStmt>(StmtKind::While, finish(startOf(keyword)));
    s->test = test;
    s->body = body;
    s->orelse = orelse;
    return s;
}

Stmt* Parser::forStatement(const Token* asyncToken)
{
    const Token& keyword = advance();
    Expr* target = targetList();
    expect(TokenKind::KwIn);
    Expr* iter = starExpressions();
    expectColon();
    ArenaArray<Stmt*> body = block(keyword, "'for' statement");
    ArenaArray<Stmt*> orelse = elseBlock();
    auto* s = newStmt<ForStmt>(asyncToken ? StmtKind::AsyncFor : StmtKind::For,
                               finish(startOf(asyncToken ? *asyncToken : keyword)));
    s->target = target;
    s->iter = iter;
    s->body = body;
    s->orelse = orelse;
    return s;
}

WithItem Parser::withItem()
{
    WithItem item{};
    item.contextExpr = expression();
    if (accept(TokenKind::KwAs)) {
        Expr* target = expression();
        if (Expr* bad = invalidTarget(target, ExprContext::Store))
            failAssignTarget(bad, ExprContext::Store);
        setContext(target, ExprContext::Store);
        item.optionalVars = target;
    }
    return item;
}

// `with (a as b, c):` lists items in parentheses; `with (a, b) as c:` is an ordinary item whose
// expression happens to be parenthesized. Only trying the first reading tells them apart.
bool Parser::parenthesizedWithItems(std::vector<WithItem>& items)
{
    const std::size_t saved = pos_;
    try {
        advance(); // '('
        do {
            if (at(TokenKind::RPar))
                break;
            items.push_back(withItem());
        } while (accept(TokenKind::Comma));
        expect(TokenKind::RPar);
        if (at(TokenKind::Colon) && !items.empty())
            return true;
    } catch (ParseAbort&) {
    }
    items.clear();
    pos_ = saved;
    return false;
}

Stmt* Parser::withStatement(const Token* asyncToken)
{
    const Token& keyword = advance();
    std::vector<WithItem> items;
    if (!at(TokenKind::LPar) || !parenthesizedWithItems(items)) {
        do {
            items.push_back(withItem());
        } while (accept(TokenKind::Comma));
    }
    expectColon();
    ArenaArray<Stmt*> body = block(keyword, "'with' statement");
    auto* s = newStmt<WithStmt>(asyncToken ? StmtKind::AsyncWith : StmtKind::With,
                                finish(startOf(asyncToken ? *asyncToken : keyword)));
    s->items = toArray(items);
    s->body = body;
    return s;
}

ExceptHandler Parser::exceptHandler(bool& star)
{
    const Token& keyword = advance();
    star = accept(TokenKind::Star);
    if (star && at(TokenKind::Colon))
        failAtToken(peek(), "expected one or more exception types");
    ExceptHandler handler{};
    if (!at(TokenKind::Colon)) {
        if (at(TokenKind::Newline))
            failAtToken(peek(), "expected ':'");
        handler.type = expression();
        if (at(TokenKind::Comma)) {
            const Span from = handler.type->span;
            advance();
            starExpressions();
            if (accept(TokenKind::KwAs))
                expect(TokenKind::Name);
            if (at(TokenKind::Colon)) {
                // CPython ends this range at its tokenizer's position, just past the ':'.
                const Token& colon = peek();
                failRawParser("multiple exception types must be parenthesized", from.line, static_cast<int>(from.col) + 1,
                              colon.endLine, static_cast<int>(colon.endCol));
            }
            invalidSyntax();
        }
        if (accept(TokenKind::KwAs))
            handler.name = intern(expect(TokenKind::Name));
    }
    expectColon();
    handler.body = block(keyword, "'except' statement");
    handler.span = finish(startOf(keyword));
    return handler;
}

Stmt* Parser::tryStatement()
{
    const Token& keyword = advance();
    expectForced(TokenKind::Colon, ":");
    ArenaArray<Stmt*> body = block(keyword, "'try' statement");
    std::vector<ExceptHandler> handlers;
    bool anyStar = false;
    bool anyPlain = false;
    while (at(TokenKind::KwExcept)) {
        const Token& except = peek();
        const Token& afterExcept = peek(1);
        bool star = false;
        handlers.push_back(exceptHandler(star));
        (star ? anyStar : anyPlain) = true;
        if (anyStar && anyPlain) {
            // CPython underlines the keyword, with its star when it has one.
            const Token& last = star ? afterExcept : except;
            failRange({except.line, except.col, except.endLine, except.endCol},
                      {last.line, last.col, last.endLine, last.endCol},
                      "cannot have both 'except' and 'except*' on the same 'try'");
        }
    }
    ArenaArray<Stmt*> orelse = handlers.empty() ? ArenaArray<Stmt*>() : elseBlock();
    ArenaArray<Stmt*> finalbody;
    if (at(TokenKind::KwFinally)) {
        const Token& finallyToken = advance();
        expectForced(TokenKind::Colon, ":");
        finalbody = block(finallyToken, "'finally' statement");
    } else if (handlers.empty()) {
        failAtToken(peek(), "expected 'except' or 'finally' block");
    }
    auto* s = newStmt<TryStmt>(anyStar ? StmtKind::TryStar : StmtKind::Try, finish(startOf(keyword)));
    s->body = body;
    s->handlers = toArray(handlers);
    s->orelse = orelse;
    s->finalbody = finalbody;
    return s;
}

Stmt* Parser::decorated()
{
    std::vector<Expr*> decorators;
    while (accept(TokenKind::At)) {
        decorators.push_back(namedExpression());
        expect(TokenKind::Newline);
    }
    const Token& t = peek();
    if (t.kind == TokenKind::KwClass)
        return classDef(std::move(decorators), startOf(t));
    if (t.kind == TokenKind::KwAsync && kind(1) == TokenKind::KwDef) {
        advance();
        return functionDef(std::move(decorators), &t, startOf(t));
    }
    if (t.kind != TokenKind::KwDef)
        invalidSyntax();
    return functionDef(std::move(decorators), nullptr, startOf(t));
}

Stmt* Parser::functionDef(std::vector<Expr*> decorators, const Token* asyncToken, Pos start)
{
    const Token& keyword = advance(); // 'def'
    const Identifier name = intern(expect(TokenKind::Name));
    expectForced(TokenKind::LPar, "(");
    const Arguments* args = parameters(TokenKind::RPar, false);
    expect(TokenKind::RPar);
    Expr* returns = nullptr;
    // ['->' expression] is optional: without a valid annotation, the forced ':' is missing.
    if (at(TokenKind::RArrow) && speculate([&] {
            advance();
            expression();
            return true;
        })) {
        advance();
        returns = expression();
    }
    expectForced(TokenKind::Colon, ":");
    ArenaArray<Stmt*> body = block(keyword, "function definition");
    auto* s = newStmt<FunctionDefStmt>(asyncToken ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef, finish(start));
    s->name = name;
    s->args = args;
    s->body = body;
    s->decorators = toArray(decorators);
    s->returns = returns;
    return s;
}

Stmt* Parser::classDef(std::vector<Expr*> decorators, Pos start)
{
    const Token& keyword = advance();
    const Identifier name = intern(expect(TokenKind::Name));
    std::vector<Expr*> bases;
    std::vector<Keyword> keywords;
    if (accept(TokenKind::LPar)) {
        callArguments(bases, keywords, TokenKind::RPar);
        expect(TokenKind::RPar);
    }
    expectColon();
    ArenaArray<Stmt*> body = block(keyword, "class definition");
    auto* s = newStmt<ClassDefStmt>(StmtKind::ClassDef, finish(start));
    s->name = name;
    s->bases = toArray(bases);
    s->keywords = toArray(keywords);
    s->body = body;
    s->decorators = toArray(decorators);
    return s;
}

} // namespace aw::lang::detail
