#pragma once
// list.sort(): CPython's timsort run detection, binary insertion and powersort merge policy,
// so that the comparisons made (and so the result of sorting by a partial order, or which
// TypeError a mixed list raises) match CPython.

#include "core/containers.h"
#include "core/value.h"

namespace aw::py {

// Sorts in place, stable, by `key` (None: the items themselves), descending if `reverse`.
// Like CPython the list is empty while sorting, and keeps every item if a comparison or the
// key function raises.
void sortList(ListObject &list, const Value &key, bool reverse);

} // namespace aw::py
