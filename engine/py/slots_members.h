#pragma once
// __slots__ of a class being made: member descriptors for the declared names, and whether
// its instances have a __dict__.

#include "core/type.h"
#include "dict.h"

namespace aw::py {

// Raises ValueError for a name that is also a class variable, TypeError for a non-str item.
void applySlots(TypeObject *cls, const DictObject &ns);

} // namespace aw::py
