#pragma once
// Name resolution, as CPython's symtable: for every function, class, lambda and
// comprehension, which names are fast locals, which are cells captured by inner functions,
// which are free (the enclosing function's cells), and which are global.

#include "lang/ast.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace aw::interp {

enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension };

enum class NameKind : uint8_t {
    Fast,      // a local slot
    Cell,      // a cell of this scope or a free variable (index into the frame's cells)
    Global,    // module globals, then builtins
    ClassBody, // the class namespace, then globals and builtins
};

struct Resolution {
    NameKind kind = NameKind::Global;
    uint32_t index = 0;
};

// A scope-level error CPython reports at compile time ("no binding for nonlocal 'x'
// found", "name 'x' is used prior to global declaration").
struct ScopeError {
    std::string message;
    uint32_t line = 0;
    uint32_t col = 0;
};

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    std::string name;
    Scope *parent = nullptr;
    const void *node = nullptr; // the AST node that opened the scope
    std::vector<std::unique_ptr<Scope>> children;

    // Collected while walking.
    std::vector<std::string> params;
    std::map<std::string, bool> assigned; // name -> true
    std::map<std::string, bool> used;
    std::map<std::string, bool> declaredGlobal;
    std::map<std::string, bool> declaredNonlocal;
    bool hasYield = false;
    bool hasAwait = false;
    bool isAsync = false;
    bool usesSuper = false;    // super() or __class__ inside a method: needs the class cell
    bool needsClassCell = false; // a class whose methods use super()

    // Results.
    std::vector<std::string> locals; // parameters first
    std::vector<std::string> cells;
    std::vector<std::string> frees;
    std::map<std::string, Resolution> resolved;

    Resolution resolve(const std::string &name) const;
    bool isGenerator() const { return hasYield; }
};

// Builds and analyses the scope tree of a module. Throws ScopeError.
std::unique_ptr<Scope> analyseScopes(const lang::ArenaArray<lang::Stmt *> &module);

// The scope opened by `node` (a def, lambda, class or comprehension) below `scope`.
Scope *childScope(const Scope &scope, const void *node);

} // namespace aw::interp
