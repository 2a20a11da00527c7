#pragma once
// Text form of a tree, identical to CPython 3.11's ast.dump(tree) (default arguments), so
// that the parser can be compared with CPython's own.

#include "module.h"

#include <string>
#include <string_view>

namespace aw::lang {

std::string dumpModule(const Module& module);
/// CPython's class name for a node kind ("BinOp", "AsyncFunctionDef", ...).
std::string_view kindName(ExprKind kind);
std::string_view kindName(StmtKind kind);
std::string dumpExpr(const Expr& expr);
std::string dumpStmt(const Stmt& stmt);

} // namespace aw::lang
