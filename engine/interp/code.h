#pragma once
// A compiled function body (or module, class body, lambda, comprehension) and how its
// parameters bind: CPython's code object, minus the bytecode.

#include "nodes.h"

#include <optional>
#include <string>
#include <vector>

namespace aw::interp {

struct Param {
    std::string name;
    uint32_t slot;
};

enum class CodeKind : uint8_t { Module, Function, Class };

struct CodeObject {
    CodeKind kind = CodeKind::Function;
    std::string name;      // "worker"
    std::string qualname;  // "Outer.method.<locals>.inner"
    std::string filename;
    uint32_t firstLine = 0;

    // Parameters in CPython's order: positional-only, positional-or-keyword, then
    // keyword-only; *args and **kwargs slots when present.
    std::vector<Param> params;
    uint32_t posOnlyCount = 0;
    uint32_t positionalCount = 0; // positional-only + positional-or-keyword
    int32_t varargSlot = -1;
    int32_t kwargSlot = -1;

    uint32_t localCount = 0;                // fast locals (parameters first)
    std::vector<std::string> localNames;    // for UnboundLocalError messages
    // Cells: variables captured by inner functions, then free variables (the enclosing
    // functions' cells, passed in the closure). A captured parameter is bound to its local
    // slot first, then moved into its cell on entry.
    std::vector<std::string> cellNames;
    std::vector<std::string> freeNames;
    std::vector<std::pair<uint32_t, uint32_t>> paramCells; // (param slot, cell index)

    bool isGenerator = false;
    bool isCoroutine = false;
    bool isAsyncGenerator() const { return isGenerator && isCoroutine; }
    bool bodySuspends = false;
    // The body's leading string literal; kept as text so that compiling allocates no objects.
    std::optional<std::string> docstring;

    Block body;
};

} // namespace aw::interp
