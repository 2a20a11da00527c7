#pragma once
// The abstract syntax tree of a scenario, modelled on CPython 3.11's `ast` module: the same
// node kinds, fields and positions, so `ast.dump()` output can be reproduced and compared.
//
// Memory: every node lives in its Module's Arena and is trivially destructible; pointers stay
// valid as long as the Module. Lists are ArenaArray views. Optional children are null pointers
// (or absent Identifiers).
//
// Dispatch: switch on `kind`, then `as<T>()` to the concrete struct. Several kinds share one
// struct when their fields are identical (For/AsyncFor -> ForStmt, List/Tuple/Set ->
// SequenceExpr, ...); each struct lists the kinds it is used for.
//
// Depth: a Module returned by the parser never nests statements and expressions deeper than
// kMaxAstDepth (deeper input is rejected like CPython's compiler does), so recursive walkers
// are safe with a normal thread stack.

#include "ast_expr.h"
#include "ast_stmt.h"
