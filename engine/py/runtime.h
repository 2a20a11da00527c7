#pragma once
// Installs the slots and methods of the built-in types. Types defined in engine/core (str,
// tuple, list, exceptions, the asyncio types) get their Python behaviour here, since core
// knows nothing of the protocol. Idempotent and thread-safe; every entry point that runs
// Python code calls it first.

namespace aw {
class TypeObject;
}

namespace aw::py {

void initRuntime();

// Makes a built-in type's slots reachable as dunder methods (`object.__init__`,
// `list.__getitem__`), so that scenario classes can call them through super(). Dunders
// already defined are left alone.
void exposeSlots(TypeObject *type);

} // namespace aw::py
