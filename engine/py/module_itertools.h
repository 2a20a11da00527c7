#pragma once
// Shared by the files of the itertools module.

#include "core/slots.h"
#include "core/value.h"

#include <string>

namespace aw {
class ModuleObject;
class TypeObject;
}

namespace aw::py {

// The itertools type `name` (made once per process), instantiated by `create`.
TypeObject *itertoolsType(const std::string &name, Value (*create)(TypeObject *, const CallArgs &));
// groupby and tee.
void addGroupingIterators(ModuleObject &m);
// product, permutations, combinations, combinations_with_replacement.
void addCombinatorics(ModuleObject &m);

} // namespace aw::py
