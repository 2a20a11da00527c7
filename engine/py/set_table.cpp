// The set hash table: Objects/setobject.c's probing, insertion, deletion and resizing.

#include "set.h"

#include "dict.h"
#include "protocol.h"

namespace aw {

namespace {
constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

using State = SetObject::Entry::State;
} // namespace

SetObject::SetObject(TypeObject *type)
    : Object(type)
    , m_table(kMinSize)
{
}

bool SetObject::frozen() const noexcept
{
    return type()->isSubtypeOf(frozensetType());
}

Ref<Object> *SetObject::attributeSlot() noexcept
{
    return type()->isHeapType() ? &m_dict : nullptr;
}

// set_lookkey: the index of the entry holding `key`, or of the empty entry ending the
// search.
int64_t SetObject::lookup(const Value &key, int64_t hash)
{
restart:
    size_t mask = m_mask;
    size_t i = static_cast<size_t>(hash) & mask;
    size_t perturb = static_cast<size_t>(hash);
    for (;;) {
        size_t j = i;
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        do {
            const Entry &e = m_table[j];
            if (e.state == State::Empty)
                return static_cast<int64_t>(j);
            if (e.active() && e.hash == hash) {
                if (e.key.is(key))
                    return static_cast<int64_t>(j);
                const Value start = e.key;
                const uint64_t generation = m_generation;
                const bool same = py::equals(start, key);
                if (generation != m_generation || !m_table[j].key.is(start))
                    goto restart;
                if (same)
                    return static_cast<int64_t>(j);
                mask = m_mask;
            }
            ++j;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void SetObject::addEntry(const Value &key, int64_t hash)
{
restart:
    size_t mask = m_mask;
    size_t i = static_cast<size_t>(hash) & mask;
    size_t perturb = static_cast<size_t>(hash);
    // The last dummy seen on the probe path (not the first: CPython overwrites it).
    int64_t freeslot = -1;
    for (;;) {
        size_t j = i;
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        do {
            Entry &e = m_table[j];
            if (e.state == State::Empty) {
                if (freeslot >= 0) {
                    m_table[static_cast<size_t>(freeslot)] = {key, hash, State::Active};
                    ++m_used;
                    return;
                }
                e = {key, hash, State::Active};
                ++m_fill;
                ++m_used;
                if (m_fill * 5 >= mask * 3)
                    resize(m_used > 50000 ? m_used * 2 : m_used * 4);
                return;
            }
            if (e.active() && e.hash == hash) {
                if (e.key.is(key))
                    return;
                const Value start = e.key;
                const uint64_t generation = m_generation;
                if (py::equals(start, key))
                    return;
                if (generation != m_generation || !m_table[j].key.is(start))
                    goto restart;
                mask = m_mask;
            } else if (e.state == State::Dummy) {
                freeslot = static_cast<int64_t>(j);
            }
            ++j;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void SetObject::insertClean(const Value &key, int64_t hash)
{
    const size_t mask = m_mask;
    size_t i = static_cast<size_t>(hash) & mask;
    size_t perturb = static_cast<size_t>(hash);
    for (;;) {
        if (m_table[i].state == State::Empty) {
            m_table[i] = {key, hash, State::Active};
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (size_t j = i + 1; j <= i + kLinearProbes; ++j) {
                if (m_table[j].state == State::Empty) {
                    m_table[j] = {key, hash, State::Active};
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void SetObject::resize(size_t minused)
{
    size_t newsize = kMinSize;
    while (newsize <= minused)
        newsize <<= 1;
    // CPython keeps a small table that has no dummies as it is.
    if (newsize == kMinSize && m_mask == kMinSize - 1 && m_fill == m_used)
        return;
    std::vector<Entry> old = std::exchange(m_table, std::vector<Entry>(newsize));
    m_mask = newsize - 1;
    m_fill = m_used;
    tableReplaced();
    for (const Entry &e : old) {
        if (e.active())
            insertClean(e.key, e.hash);
    }
}

bool SetObject::containsEntry(const Value &key, int64_t hash)
{
    return m_table[static_cast<size_t>(lookup(key, hash))].active();
}

bool SetObject::discardEntry(const Value &key, int64_t hash)
{
    Entry &e = m_table[static_cast<size_t>(lookup(key, hash))];
    if (!e.active())
        return false;
    Value old = std::move(e.key);
    e = {Value(), -1, State::Dummy};
    --m_used;
    return true;
}

void SetObject::add(const Value &key)
{
    addEntry(key, py::hash(key));
}

bool SetObject::contains(const Value &key)
{
    return containsEntry(key, py::hash(key));
}

bool SetObject::discard(const Value &key)
{
    return discardEntry(key, py::hash(key));
}

void SetObject::merge(const SetObject &other)
{
    if (&other == this || other.m_used == 0)
        return;
    if ((m_fill + other.m_used) * 5 >= m_mask * 3)
        resize((m_used + other.m_used) * 2);
    if (m_fill == 0 && m_mask == other.m_mask && other.m_fill == other.m_used) {
        // Same size, no dummies: the same layout.
        m_table = other.m_table;
        m_fill = other.m_fill;
        m_used = other.m_used;
        tableReplaced();
        return;
    }
    if (m_fill == 0) {
        m_fill = m_used = other.m_used;
        for (const Entry &e : other.m_table) {
            if (e.active())
                insertClean(e.key, e.hash);
        }
        return;
    }
    // Copies of each entry: an __eq__ may mutate `other` while we insert.
    for (size_t i = 0; i < other.m_table.size(); ++i) {
        if (!other.m_table[i].active())
            continue;
        const Entry e = other.m_table[i];
        addEntry(e.key, e.hash);
    }
}

void SetObject::updateFromDict(const Value &dict)
{
    const auto *d = dict.as<DictObject>();
    if ((m_fill + d->size()) * 5 >= m_mask * 3)
        resize((m_used + d->size()) * 2);
    for (size_t i = 0; i < d->entries().size(); ++i) {
        if (!d->entries()[i].live)
            continue;
        const DictObject::Entry e = d->entries()[i];
        addEntry(e.key, e.hash);
    }
}

void SetObject::update(const Value &other)
{
    if (auto *s = other.as<SetObject>())
        return merge(*s);
    if (py::typeOf(other) == dictType())
        return updateFromDict(other);
    Value it = py::iter(other);
    while (auto key = py::next(it))
        add(*key);
}

Value SetObject::pop()
{
    if (m_used == 0)
        py::raise(builtin::KeyError(), "pop from an empty set");
    size_t i = m_finger & m_mask;
    while (!m_table[i].active())
        i = i == m_mask ? 0 : i + 1;
    Value key = std::move(m_table[i].key);
    m_table[i] = {Value(), -1, State::Dummy};
    --m_used;
    m_finger = i + 1;
    return key;
}

void SetObject::clear()
{
    std::vector<Entry> dropped = std::exchange(m_table, std::vector<Entry>(kMinSize));
    m_fill = m_used = 0;
    m_mask = kMinSize - 1;
    m_hash = -1;
    tableReplaced();
}

void SetObject::purgeDummies()
{
    if (m_fill - m_used <= m_mask / 4)
        return;
    resize(m_used > 50000 ? m_used * 2 : m_used * 4);
}

void SetObject::swapBodies(SetObject &other)
{
    std::swap(m_table, other.m_table);
    std::swap(m_fill, other.m_fill);
    std::swap(m_used, other.m_used);
    std::swap(m_mask, other.m_mask);
    if (frozen() && other.frozen()) {
        std::swap(m_hash, other.m_hash);
    } else {
        m_hash = -1;
        other.m_hash = -1;
    }
    tableReplaced();
    other.tableReplaced();
}

std::vector<Value> SetObject::items() const
{
    std::vector<Value> out;
    out.reserve(m_used);
    for (const Entry &e : m_table) {
        if (e.active())
            out.push_back(e.key);
    }
    return out;
}

int64_t SetObject::frozenHash()
{
    if (m_hash != -1)
        return m_hash;
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    // CPython folds in every slot, then cancels the empty and dummy ones: the same as
    // folding in the active entries only.
    uint64_t hash = 0;
    for (const Entry &e : m_table) {
        if (e.active())
            hash ^= shuffle(static_cast<uint64_t>(e.hash));
    }
    hash ^= (uint64_t(m_used) + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == uint64_t(-1))
        hash = 590923713ULL;
    m_hash = static_cast<int64_t>(hash);
    return m_hash;
}

TypeObject *setBaseType(const TypeObject *type)
{
    return type->isSubtypeOf(setType()) ? setType() : frozensetType();
}

Ref<SetObject> newSet(TypeObject *type, const Value *iterable)
{
    auto s = make<SetObject>(type);
    if (iterable)
        s->update(*iterable);
    return s;
}

Ref<SetObject> setDisplayOfConstants(const std::vector<Value> &items)
{
    auto result = make<SetObject>(setType());
    if (items.size() <= 2) {
        for (const Value &item : items)
            result->add(item);
        return result;
    }
    const Value folded(newSet(frozensetType(), nullptr));
    for (const Value &item : items)
        folded.as<SetObject>()->add(item);
    result->update(folded);
    return result;
}

} // namespace aw
