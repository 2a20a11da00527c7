#pragma once
// The SyntaxErrors CPython raises after parsing, from its AST optimizer (nesting depth), its
// symbol table (scopes: global, nonlocal, duplicate parameters, yield in comprehensions) and
// its compiler ('return' outside function, 'await' outside async function, 'break' outside
// loop, starred expressions, too many nested blocks). Same order of precedence as CPython:
// depth first, then symbol table errors, then compiler errors, each in source order.

#include "error_factory.h"
#include "module.h"

#include <optional>

namespace aw::lang {

std::optional<SyntaxError> checkModule(const Module& module, const ErrorFactory& errors);

} // namespace aw::lang
