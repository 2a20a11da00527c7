#pragma once
// Built-in types that other parts of the runtime name without needing their C++ classes:
// set/frozenset/range/slice belong to the containers area, Ellipsis to the builtins area.

#include "core/type.h"
#include "core/value.h"

namespace aw {

TypeObject *setType();
TypeObject *frozensetType();
TypeObject *rangeType();
TypeObject *sliceType();

TypeObject *ellipsisType();
// The `...` singleton.
const Value &ellipsis();

} // namespace aw
