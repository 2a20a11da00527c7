#pragma once
// Declarations shared by the container implementation files (not part of the runtime's
// public API): the per-file setup steps behind type_setup.h and helpers several types use.

#include "core/containers.h"
#include "core/value.h"

#include <string_view>
#include <vector>

namespace aw {
class DictObject;
}

namespace aw::py {

void setupListMethods();    // list_methods.cpp
void setupTuple();          // tuple_type.cpp
void setupDictMethods();    // dict_type.cpp
void setupDictViews();      // dict_views.cpp
void setupRange();          // range_type.cpp
void setupSlice();          // slice_type.cpp
void setupSetMethods();     // set_methods.cpp
void setupGenericAlias();   // generic_alias.cpp

// `self` of a method reached through its type (`list.append(x, 1)`) may be anything:
// TypeError "descriptor 'append' for 'list' objects doesn't apply to a 'int' object".
[[noreturn]] void raiseDescriptorMismatch(std::string_view method, TypeObject *owner, const Value &self);

template<typename T>
T &selfAs(const Value &self, std::string_view method, TypeObject *owner)
{
    if (auto *p = self.as<T>())
        return *p;
    raiseDescriptorMismatch(method, owner, self);
}

enum class DictPart { Keys, Values, Items };
// dict.keys(), dict.values(), dict.items().
Value dictView(const Value &dict, DictPart part);
// iter() over a dict's keys, values or items, forwards or (`reversed(d)`) backwards.
Value dictIterator(const Value &dict, DictPart part, bool reversed);
// dict_merge(d, other, override=1): another dict's entries (cloned when d is empty), or any
// mapping through keys() and [].
void dictMerge(DictObject &d, const Value &other);
// dict_update_arg: a mapping (anything with keys()) or an iterable of pairs.
void dictUpdateArg(DictObject &d, const Value &arg);
// PyDict_Copy: a plain dict with the same items.
Value dictCopy(const Value &dict);

// list.extend(iterable), shared with `+=`.
void extendList(ListObject &list, const Value &iterable);
// The items of `seq[slice]` for a list or tuple.
std::vector<Value> sliceItems(const std::vector<Value> &items, const Value &slice);
// The reverse iterator over a list (`reversed(xs)`).
Value listReverseIterator(const Value &list);

} // namespace aw::py
