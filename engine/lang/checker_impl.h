#pragma once
// Shared between the passes of checkModule().

#include "checker.h"

#include <unordered_map>

namespace aw::lang::detail {

/// What the symbol table pass learns about a scope that the compiler pass needs.
struct ScopeFacts {
    bool generator = false; ///< A function or lambda containing yield.
    bool coroutine = false; ///< A comprehension containing await or async for.
};
/// Keyed by the FunctionDefStmt, LambdaExpr or ComprehensionExpr that opens the scope.
using ScopeFactsMap = std::unordered_map<const void*, ScopeFacts>;

struct CheckAbort {
    SyntaxError error;
};

/// Symbol table errors (throws CheckAbort); fills `facts`.
void checkScopes(const Module& module, const ErrorFactory& errors, ScopeFactsMap& facts);
/// Compiler errors (throws CheckAbort).
void checkCompilation(const Module& module, const ErrorFactory& errors, const ScopeFactsMap& facts);

} // namespace aw::lang::detail
