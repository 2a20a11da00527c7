#pragma once
// The types of the `collections` module, for the parts of the runtime that recognise them
// (random.sample accepts a deque as a sequence).

#include "core/object.h"
#include "core/slots.h"
#include "core/value.h"
#include "dict.h"

#include <deque>
#include <string>
#include <vector>

namespace aw {

class ModuleObject;

namespace py {

TypeObject *dequeType();
TypeObject *defaultDictType();
TypeObject *orderedDictType();
TypeObject *counterType();

class DequeObject : public Object {
public:
    explicit DequeObject(TypeObject *cls) : Object(cls) {}
    void clearReferences() override { items.clear(); }
    std::deque<Value> items;
    int64_t maxlen = -1; // -1: unbounded
    // Changes on every structural mutation, so iterators can detect one.
    uint64_t state = 0;
};

class DefaultDictObject : public DictObject {
public:
    explicit DefaultDictObject(TypeObject *cls) : DictObject(cls) {}
    void clearReferences() override
    {
        DictObject::clearReferences();
        factory = Value();
    }
    Value factory;
};

// The `{k: v, ...}` text of a dict's entries, as dict's repr shows them.
std::string dictEntriesRepr(const DictObject &d);
using DictItems = std::vector<std::pair<Value, Value>>;
// The live (key, value) pairs of a dict, in order.
DictItems dictItems(const DictObject &d);
// The (key, value) pairs of a mapping: a dict, or anything with keys() and []. False for
// anything else.
bool mappingItems(const Value &v, DictItems &out);
// dict.update(other, **kwargs) for the dict subclasses of this module.
void updateDict(DictObject &d, const CallArgs &args, const char *function);

// collections.namedtuple(typename, field_names, *, rename, defaults, module).
Value makeNamedTuple(const CallArgs &args);

// Parts of initCollectionsModule, one per file.
void addDictSubclasses(ModuleObject &m);
void addNamedTuple(ModuleObject &m);

} // namespace py
} // namespace aw
