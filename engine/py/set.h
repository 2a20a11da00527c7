#pragma once
// Python `set` and `frozenset`: CPython's setobject.c hash table, step for step (linear
// probes of 9, then perturbed probing; its fill/used accounting and resize points; dummy
// entries; pop's finger), so that iterating a set gives CPython's order for the same
// hashes. Operations that run Python code (__eq__, __hash__) may mutate the table; lookups
// then restart as CPython's do.

#include "builtin_types.h"

#include "core/object.h"
#include "core/value.h"

#include <cstdint>
#include <vector>

namespace aw {

class SetObject : public Object {
public:
    struct Entry {
        enum class State : uint8_t { Empty, Dummy, Active };
        Value key;
        int64_t hash = 0; // -1 for dummies, as in CPython
        State state = State::Empty;
        bool active() const noexcept { return state == State::Active; }
    };

    // An empty set (or frozenset) of `type`, which may be a subclass made by a scenario.
    explicit SetObject(TypeObject *type);

    size_t size() const noexcept { return m_used; }
    // Active plus dummy entries.
    size_t fill() const noexcept { return m_fill; }
    // True for frozenset and its subclasses.
    bool frozen() const noexcept;

    // set_add_key, set_contains_key, set_discard_key: hash first (TypeError if unhashable).
    void add(const Value &key);
    bool contains(const Value &key);
    bool discard(const Value &key);
    // The same with the hash already known.
    void addEntry(const Value &key, int64_t hash);
    bool containsEntry(const Value &key, int64_t hash);
    bool discardEntry(const Value &key, int64_t hash);

    // set_update_internal: from another set (set_merge), an exact dict, or any iterable.
    void update(const Value &other);
    // Removes and returns the element at the pop finger; KeyError when empty.
    Value pop();
    void clear();
    void clearReferences() override { clear(); }
    // set_table_resize(used*4) when more than a quarter of the table is dummies, as
    // difference_update does after removing.
    void purgeDummies();
    // set_swap_bodies: exchanges the contents (not the finger) of two sets.
    void swapBodies(SetObject &other);

    // The table, for iteration in CPython's order (skip entries that are not active).
    const std::vector<Entry> &table() const noexcept { return m_table; }
    // The active keys in iteration order.
    std::vector<Value> items() const;
    // hash(frozenset), cached like CPython's.
    int64_t frozenHash();

    Ref<Object> *attributeSlot() noexcept override;

private:
    void merge(const SetObject &other);
    void updateFromDict(const Value &dict);
    int64_t lookup(const Value &key, int64_t hash);
    void resize(size_t minused);
    void insertClean(const Value &key, int64_t hash);
    void tableReplaced() noexcept { ++m_generation; }

    std::vector<Entry> m_table;
    size_t m_fill = 0;  // active + dummy
    size_t m_used = 0;  // active
    size_t m_mask = 7;
    size_t m_finger = 0;
    int64_t m_hash = -1;
    uint64_t m_generation = 0;
    Ref<Object> m_dict;
};

// make_new_set: a new set of `type`, filled from `iterable` if given.
Ref<SetObject> newSet(TypeObject *type, const Value *iterable = nullptr);
// A set display whose items are all constants, `{1, 2, 3}`: CPython compiles one with more
// than two items into a frozenset constant that BUILD_SET/SET_UPDATE copy, which lays the
// table out differently from adding the items one by one.
Ref<SetObject> setDisplayOfConstants(const std::vector<Value> &items);
// make_new_set_basetype: set or frozenset, whichever `type` derives from.
TypeObject *setBaseType(const TypeObject *type);

} // namespace aw

namespace aw::py {

// The set algorithms of setobject.c that more than one operation (or dict views) build on.
// `so` is the left operand; `other` may be any iterable unless said otherwise.
Ref<SetObject> setCopy(const SetObject &so);
Ref<SetObject> setIntersection(SetObject &so, const Value &other);
Ref<SetObject> setDifference(SetObject &so, const Value &other);
void setDifferenceUpdate(SetObject &so, const Value &other);
Ref<SetObject> setSymmetricDifference(SetObject &so, const Value &other);
void setSymmetricDifferenceUpdate(SetObject &so, const Value &other);
bool setIsSubset(SetObject &so, const Value &other);
bool setIsSuperset(SetObject &so, const Value &other);
bool setIsDisjoint(SetObject &so, const Value &other);

} // namespace aw::py
