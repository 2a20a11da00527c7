#pragma once
// Statement nodes of the AST (see ast.h).

#include "ast_expr.h"

namespace aw::lang {

struct Stmt;

/// `except type as name:`; type and name may be absent.
struct ExceptHandler {
    Expr* type;
    Identifier name;
    ArenaArray<Stmt*> body;
    Span span;
};

// ---------------------------------------------------------------------------------------------
// Statements

enum class StmtKind : std::uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom, Global,
    Nonlocal, Expr, Pass, Break, Continue,
};

/// Pass, Break and Continue use Stmt itself.
struct Stmt {
    StmtKind kind;
    Span span;

    static bool accepts(StmtKind k) { return k == StmtKind::Pass || k == StmtKind::Break || k == StmtKind::Continue; }

    template <class T>
    const T& as() const
    {
        assert(T::accepts(kind));
        return static_cast<const T&>(*this);
    }
    template <class T>
    T& as()
    {
        assert(T::accepts(kind));
        return static_cast<T&>(*this);
    }
};

/// FunctionDef and AsyncFunctionDef. The span starts at `def`/`async`, not at a decorator.
struct FunctionDefStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::FunctionDef || k == StmtKind::AsyncFunctionDef; }
    bool isAsync() const { return kind == StmtKind::AsyncFunctionDef; }
    Identifier name;
    const Arguments* args;
    ArenaArray<Stmt*> body;
    ArenaArray<Expr*> decorators;
    Expr* returns;
};

struct ClassDefStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::ClassDef; }
    Identifier name;
    ArenaArray<Expr*> bases;
    ArenaArray<Keyword> keywords;
    ArenaArray<Stmt*> body;
    ArenaArray<Expr*> decorators;
};

/// Return (value may be null).
struct ReturnStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Return; }
    Expr* value;
};

struct DeleteStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Delete; }
    ArenaArray<Expr*> targets;
};

/// `a = b = value` has targets [a, b].
struct AssignStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Assign; }
    ArenaArray<Expr*> targets;
    Expr* value;
};

struct AugAssignStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::AugAssign; }
    Expr* target;
    BinaryOp op;
    Expr* value;
};

/// `target: annotation [= value]`; simple is true for an unparenthesised Name target.
struct AnnAssignStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::AnnAssign; }
    Expr* target;
    Expr* annotation;
    Expr* value;
    bool simple;
};

/// For and AsyncFor.
struct ForStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::For || k == StmtKind::AsyncFor; }
    Expr* target;
    Expr* iter;
    ArenaArray<Stmt*> body;
    ArenaArray<Stmt*> orelse;
};

/// While and If (`elif` is an If alone in orelse).
struct CondStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::While || k == StmtKind::If; }
    Expr* test;
    ArenaArray<Stmt*> body;
    ArenaArray<Stmt*> orelse;
};

/// With and AsyncWith.
struct WithStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::With || k == StmtKind::AsyncWith; }
    ArenaArray<WithItem> items;
    ArenaArray<Stmt*> body;
};

/// Raise; exc and cause may be null.
struct RaiseStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Raise; }
    Expr* exc;
    Expr* cause;
};

struct TryStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Try || k == StmtKind::TryStar; }
    ArenaArray<Stmt*> body;
    ArenaArray<ExceptHandler> handlers;
    ArenaArray<Stmt*> orelse;
    ArenaArray<Stmt*> finalbody;
};

struct AssertStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Assert; }
    Expr* test;
    Expr* msg;
};

/// `import a, b.c as d`.
struct ImportStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Import; }
    ArenaArray<Alias> names;
};

/// `from ..module import names`; module is absent for `from . import x`; `*` is an Alias "*".
struct ImportFromStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::ImportFrom; }
    Identifier module;
    ArenaArray<Alias> names;
    int level;
};

/// Global and Nonlocal.
struct NamesStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Global || k == StmtKind::Nonlocal; }
    ArenaArray<Identifier> names;
};

struct ExprStmt : Stmt {
    static bool accepts(StmtKind k) { return k == StmtKind::Expr; }
    Expr* value;
};

} // namespace aw::lang
