#pragma once
// Generic traversal helpers: the direct children of a node, in source order.

#include "ast.h"

namespace aw::lang {

/// Calls `f(Expr*)` for every direct sub-expression of `e` (null children skipped), including
/// those inside comprehension clauses, parameters (defaults) and keywords.
template <class F>
void forEachChild(const Expr& e, F&& f)
{
    const auto each = [&](const ArenaArray<Expr*>& list) {
        for (Expr* x : list) {
            if (x)
                f(x);
        }
    };
    const auto one = [&](Expr* x) {
        if (x)
            f(x);
    };
    switch (e.kind) {
    case ExprKind::BoolOp: each(e.as<BoolOpExpr>().values); break;
    case ExprKind::NamedExpr: one(e.as<NamedExpr>().target); one(e.as<NamedExpr>().value); break;
    case ExprKind::BinOp: one(e.as<BinOpExpr>().left); one(e.as<BinOpExpr>().right); break;
    case ExprKind::UnaryOp: one(e.as<UnaryOpExpr>().operand); break;
    case ExprKind::Lambda: {
        const Arguments& a = *e.as<LambdaExpr>().args;
        each(a.defaults);
        each(a.kwDefaults);
        one(e.as<LambdaExpr>().body);
        break;
    }
    case ExprKind::IfExp: one(e.as<IfExpExpr>().test); one(e.as<IfExpExpr>().body); one(e.as<IfExpExpr>().orelse); break;
    case ExprKind::Dict: {
        const auto& d = e.as<DictExpr>();
        for (std::uint32_t i = 0; i < d.keys.size(); ++i) {
            one(d.keys[i]);
            one(d.values[i]);
        }
        break;
    }
    case ExprKind::Set: case ExprKind::List: case ExprKind::Tuple: each(e.as<SequenceExpr>().elts); break;
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp: {
        const auto& c = e.as<ComprehensionExpr>();
        one(c.elt);
        one(c.value);
        for (const Comprehension& g : c.generators) {
            one(g.target);
            one(g.iter);
            each(g.ifs);
        }
        break;
    }
    case ExprKind::Await: case ExprKind::Yield: case ExprKind::YieldFrom: one(e.as<AwaitYieldExpr>().value); break;
    case ExprKind::Compare: one(e.as<CompareExpr>().left); each(e.as<CompareExpr>().comparators); break;
    case ExprKind::Call:
        one(e.as<CallExpr>().func);
        each(e.as<CallExpr>().args);
        for (const Keyword& k : e.as<CallExpr>().keywords)
            one(k.value);
        break;
    case ExprKind::FormattedValue: one(e.as<FormattedValueExpr>().value); one(e.as<FormattedValueExpr>().formatSpec); break;
    case ExprKind::JoinedStr: each(e.as<JoinedStrExpr>().values); break;
    case ExprKind::Attribute: one(e.as<AttributeExpr>().value); break;
    case ExprKind::Subscript: one(e.as<SubscriptExpr>().value); one(e.as<SubscriptExpr>().slice); break;
    case ExprKind::Starred: one(e.as<StarredExpr>().value); break;
    case ExprKind::Slice: one(e.as<SliceExpr>().lower); one(e.as<SliceExpr>().upper); one(e.as<SliceExpr>().step); break;
    case ExprKind::Constant: case ExprKind::Name: break;
    }
}

/// Calls `f(Expr*)` for the annotations, then the defaults, of parameters `a`.
template <class F>
void forEachChild(const Arguments& a, F&& f)
{
    const auto expr = [&](Expr* e) {
        if (e)
            f(e);
    };
    for (const auto* group : {&a.posonlyargs, &a.args}) {
        for (const Arg& arg : *group)
            expr(arg.annotation);
    }
    if (a.vararg)
        expr(a.vararg->annotation);
    for (const Arg& arg : a.kwonlyargs)
        expr(arg.annotation);
    if (a.kwarg)
        expr(a.kwarg->annotation);
    for (Expr* e : a.defaults)
        expr(e);
    for (Expr* e : a.kwDefaults)
        expr(e);
}

/// Calls `onExpr(Expr*)` and `onStmt(Stmt*)` for the direct children of `s`, in source order
/// (decorators, defaults and annotations before a body; handlers between body and else).
template <class FE, class FS>
void forEachChild(const Stmt& s, FE&& onExpr, FS&& onStmt)
{
    const auto expr = [&](Expr* e) {
        if (e)
            onExpr(e);
    };
    const auto exprs = [&](const ArenaArray<Expr*>& list) {
        for (Expr* e : list)
            expr(e);
    };
    const auto stmts = [&](const ArenaArray<Stmt*>& list) {
        for (Stmt* c : list)
            onStmt(c);
    };
    switch (s.kind) {
    case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
        const auto& f = s.as<FunctionDefStmt>();
        exprs(f.decorators);
        forEachChild(*f.args, onExpr);
        expr(f.returns);
        stmts(f.body);
        break;
    }
    case StmtKind::ClassDef: {
        const auto& c = s.as<ClassDefStmt>();
        exprs(c.decorators);
        exprs(c.bases);
        for (const Keyword& k : c.keywords)
            expr(k.value);
        stmts(c.body);
        break;
    }
    case StmtKind::Return: expr(s.as<ReturnStmt>().value); break;
    case StmtKind::Delete: exprs(s.as<DeleteStmt>().targets); break;
    case StmtKind::Assign: exprs(s.as<AssignStmt>().targets); expr(s.as<AssignStmt>().value); break;
    case StmtKind::AugAssign: expr(s.as<AugAssignStmt>().target); expr(s.as<AugAssignStmt>().value); break;
    case StmtKind::AnnAssign:
        expr(s.as<AnnAssignStmt>().target);
        expr(s.as<AnnAssignStmt>().annotation);
        expr(s.as<AnnAssignStmt>().value);
        break;
    case StmtKind::For: case StmtKind::AsyncFor: {
        const auto& f = s.as<ForStmt>();
        expr(f.target);
        expr(f.iter);
        stmts(f.body);
        stmts(f.orelse);
        break;
    }
    case StmtKind::While: case StmtKind::If:
        expr(s.as<CondStmt>().test);
        stmts(s.as<CondStmt>().body);
        stmts(s.as<CondStmt>().orelse);
        break;
    case StmtKind::With: case StmtKind::AsyncWith:
        for (const WithItem& item : s.as<WithStmt>().items) {
            expr(item.contextExpr);
            expr(item.optionalVars);
        }
        stmts(s.as<WithStmt>().body);
        break;
    case StmtKind::Raise: expr(s.as<RaiseStmt>().exc); expr(s.as<RaiseStmt>().cause); break;
    case StmtKind::Try:
    case StmtKind::TryStar: {
        const auto& t = s.as<TryStmt>();
        stmts(t.body);
        for (const ExceptHandler& h : t.handlers) {
            expr(h.type);
            stmts(h.body);
        }
        stmts(t.orelse);
        stmts(t.finalbody);
        break;
    }
    case StmtKind::Assert: expr(s.as<AssertStmt>().test); expr(s.as<AssertStmt>().msg); break;
    case StmtKind::Expr: expr(s.as<ExprStmt>().value); break;
    case StmtKind::Import: case StmtKind::ImportFrom: case StmtKind::Global: case StmtKind::Nonlocal:
    case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue:
        break;
    }
}

} // namespace aw::lang
