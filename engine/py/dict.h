#pragma once
// Python `dict`: a hash table that remembers insertion order (CPython's compact dict: an
// index table over an entries array). Iteration, repr and popitem follow insertion order;
// deleting leaves the order of the rest unchanged.
//
// The entries array grows and is compacted exactly when CPython's is (same usable counts,
// growth rate and sizes), so an iterator's position behaves as in CPython when a scenario
// mutates a dict while iterating over it.

#include "core/object.h"
#include "core/value.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace aw {

TypeObject *dictType();

class DictObject : public Object {
public:
    struct Entry {
        Value key;
        Value value;
        int64_t hash = 0;
        bool live = false;
    };

    explicit DictObject(TypeObject *type = dictType());

    size_t size() const noexcept { return m_live; }
    // nullptr when absent. Raises TypeError for unhashable keys.
    const Value *find(const Value &key) const;
    Value *find(const Value &key);
    // With the key's hash already known (a set or another dict supplies it).
    const Value *find(const Value &key, int64_t hash) const;
    void set(const Value &key, Value value);
    void set(const Value &key, int64_t hash, Value value);
    // Returns the removed value, or nullopt when absent.
    std::optional<Value> remove(const Value &key);
    // Removes and returns the last entry (popitem); nullopt when empty.
    std::optional<std::pair<Value, Value>> popLast();
    void clear();
    void clearReferences() override { clear(); }

    // Makes room for `count` more keys in one resize (_PyDict_NewPresized, and the one big
    // resize of dict_merge), as CPython does before copying a known number of items.
    void reserve(size_t count);
    // Becomes a copy of `other` with its exact layout, dead entries included
    // (clone_combined_dict_keys). Precondition: this dict is empty.
    void cloneFrom(const DictObject &other);
    // Whether dict_merge copies this dict into an empty one by cloning: no dead entries,
    // and an index table no larger than its size needs.
    bool cloneable() const noexcept;

    // Entries in insertion order; skip those with live == false.
    const std::vector<Entry> &entries() const noexcept { return m_entries; }
    // Changes whenever keys are added or removed.
    uint64_t version() const noexcept { return m_version; }

    // Fast paths for attribute dictionaries keyed by str.
    const Value *findStr(std::string_view key) const;
    void setStr(std::string_view key, Value value);

private:
    int64_t lookupSlot(const Value &key, int64_t hash) const;
    void resize(size_t indexSize);
    void insertNew(const Value &key, int64_t hash, Value value);

    std::vector<Entry> m_entries;
    std::vector<int64_t> m_index; // -1 empty, -2 deleted, else an entry position
    size_t m_live = 0;
    size_t m_usable = 0;          // new entries allowed before the next resize (dk_usable)
    uint64_t m_version = 0;
};

} // namespace aw
