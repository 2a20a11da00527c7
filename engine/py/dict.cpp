#include "dict.h"

#include "core/str.h"
#include "hashing.h"
#include "protocol.h"

#include <bit>

namespace aw {

TypeObject *dictType()
{
    static TypeObject *const t = makeBuiltinType("dict", "builtins", {});
    return t;
}

DictObject::DictObject(TypeObject *type)
    : Object(type)
{
}

namespace {
constexpr int64_t kEmpty = -1;
constexpr int64_t kDeleted = -2;
constexpr size_t kMinSize = 8;

size_t usableFraction(size_t size)
{
    return (size << 1) / 3;
}

// calculate_log2_keysize, as compiled where long is 64 bits (Linux): note that it rounds
// exact powers of two from 16 up to the next one, as CPython does.
size_t keysizeFor(size_t minsize)
{
    const size_t m = ((minsize | kMinSize) - 1) | (kMinSize - 1);
    return size_t(1) << std::bit_width(m);
}

size_t estimateKeysize(size_t n)
{
    return keysizeFor((n * 3 + 1) / 2);
}
} // namespace

int64_t DictObject::lookupSlot(const Value &key, int64_t hash) const
{
restart:
    if (m_index.empty())
        return -1;
    const size_t mask = m_index.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    for (size_t probes = 0; probes <= mask; ++probes, i = (i + 1) & mask) {
        const int64_t e = m_index[i];
        if (e == kEmpty)
            return -1;
        if (e == kDeleted)
            continue;
        const Entry &entry = m_entries[static_cast<size_t>(e)];
        if (entry.key.is(key))
            return static_cast<int64_t>(i);
        if (entry.hash != hash)
            continue;
        // A copy: __eq__ may run Python code that changes this dict; then start over, as
        // CPython does.
        const Value stored = entry.key;
        const uint64_t version = m_version;
        const bool same = py::equals(stored, key);
        if (version != m_version || m_index.size() != mask + 1)
            goto restart;
        if (same)
            return static_cast<int64_t>(i);
    }
    return -1;
}

const Value *DictObject::find(const Value &key, int64_t hash) const
{
    const int64_t slot = lookupSlot(key, hash);
    return slot < 0 ? nullptr : &m_entries[static_cast<size_t>(m_index[static_cast<size_t>(slot)])].value;
}

const Value *DictObject::find(const Value &key) const
{
    return find(key, py::hash(key));
}

Value *DictObject::find(const Value &key)
{
    return const_cast<Value *>(static_cast<const DictObject *>(this)->find(key));
}

void DictObject::resize(size_t indexSize)
{
    std::vector<Entry> live;
    live.reserve(m_live);
    for (auto &e : m_entries) {
        if (e.live)
            live.push_back(std::move(e));
    }
    m_entries = std::move(live);
    m_index.assign(indexSize, kEmpty);
    const size_t mask = indexSize - 1;
    for (size_t pos = 0; pos < m_entries.size(); ++pos) {
        size_t i = static_cast<size_t>(m_entries[pos].hash) & mask;
        while (m_index[i] != kEmpty)
            i = (i + 1) & mask;
        m_index[i] = static_cast<int64_t>(pos);
    }
    m_usable = usableFraction(indexSize) - m_live;
}

void DictObject::insertNew(const Value &key, int64_t hash, Value value)
{
    if (m_usable == 0)
        resize(keysizeFor(m_live * 3));
    const size_t mask = m_index.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    while (m_index[i] >= 0)
        i = (i + 1) & mask;
    m_index[i] = static_cast<int64_t>(m_entries.size());
    m_entries.push_back({key, std::move(value), hash, true});
    ++m_live;
    --m_usable;
    ++m_version;
}

void DictObject::set(const Value &key, int64_t hash, Value value)
{
    const int64_t slot = lookupSlot(key, hash);
    if (slot >= 0) {
        // The old value is released after the store, when the dict is consistent again.
        std::swap(m_entries[static_cast<size_t>(m_index[static_cast<size_t>(slot)])].value, value);
        return;
    }
    insertNew(key, hash, std::move(value));
}

void DictObject::set(const Value &key, Value value)
{
    set(key, py::hash(key), std::move(value));
}

std::optional<Value> DictObject::remove(const Value &key)
{
    const int64_t slot = lookupSlot(key, py::hash(key));
    if (slot < 0)
        return std::nullopt;
    Entry &e = m_entries[static_cast<size_t>(m_index[static_cast<size_t>(slot)])];
    m_index[static_cast<size_t>(slot)] = kDeleted;
    Value v = std::move(e.value);
    Value oldKey = std::move(e.key);
    e.key = Value();
    e.value = Value();
    e.live = false;
    --m_live;
    ++m_version;
    return v;
}

std::optional<std::pair<Value, Value>> DictObject::popLast()
{
    if (m_live == 0)
        return std::nullopt;
    size_t pos = m_entries.size() - 1;
    while (!m_entries[pos].live)
        --pos;
    const size_t mask = m_index.size() - 1;
    size_t i = static_cast<size_t>(m_entries[pos].hash) & mask;
    while (m_index[i] != static_cast<int64_t>(pos))
        i = (i + 1) & mask;
    m_index[i] = kDeleted;
    std::pair<Value, Value> item{std::move(m_entries[pos].key), std::move(m_entries[pos].value)};
    // Like CPython, the popped slot (and dead ones after it) are reused by later inserts,
    // but the usable count is not given back.
    m_entries.resize(pos);
    --m_live;
    ++m_version;
    return item;
}

void DictObject::clear()
{
    std::vector<Entry> dropped = std::move(m_entries);
    m_entries.clear();
    m_index.clear();
    m_live = 0;
    m_usable = 0;
    ++m_version;
}

void DictObject::reserve(size_t count)
{
    const size_t current = m_index.empty() ? kMinSize : m_index.size();
    if (usableFraction(current) < count)
        resize(estimateKeysize(m_live + count));
}

void DictObject::cloneFrom(const DictObject &other)
{
    m_entries = other.m_entries;
    m_index = other.m_index;
    m_live = other.m_live;
    m_usable = other.m_usable;
    ++m_version;
}

bool DictObject::cloneable() const noexcept
{
    return m_live == m_entries.size() && (m_index.size() == kMinSize || usableFraction(m_index.size() / 2) < m_live);
}

const Value *DictObject::findStr(std::string_view key) const
{
    // Attribute lookups: no str object is made, and comparing str keys runs no Python code.
    if (m_index.empty())
        return nullptr;
    const int64_t hash = py::strHash(key);
    const size_t mask = m_index.size() - 1;
    for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
        const int64_t e = m_index[i];
        if (e == kEmpty)
            return nullptr;
        if (e == kDeleted)
            continue;
        const Entry &entry = m_entries[static_cast<size_t>(e)];
        auto *s = entry.key.as<StrObject>();
        if (entry.hash == hash && s && s->utf8() == key)
            return &entry.value;
    }
}

void DictObject::setStr(std::string_view key, Value value)
{
    set(str(std::string(key)), std::move(value));
}

} // namespace aw
