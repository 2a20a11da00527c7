#pragma once
// Shared by the files of the functools module.

#include "core/slots.h"
#include "core/value.h"

namespace aw {
class ModuleObject;
class TypeObject;
}

namespace aw::py {

TypeObject *partialType();
// functools.update_wrapper(wrapper, wrapped, assigned, updated).
Value updateWrapper(const Value &self, const CallArgs &args);
// functools.total_ordering(cls).
Value totalOrdering(const Value &self, const CallArgs &args);
// lru_cache and cache.
void addCacheFunctions(ModuleObject &m);

} // namespace aw::py
