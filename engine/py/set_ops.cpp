// Set algebra: setobject.c's intersection, difference, symmetric difference and subset
// tests, including which operand each iterates, since that decides the result's order.

#include "set.h"

#include "dict.h"
#include "protocol.h"

namespace aw::py {

namespace {

// set_next over a table that the loop body may change: index-based, each entry copied.
template<typename F>
void forEachEntry(const SetObject &s, F &&f)
{
    for (size_t i = 0; i < s.table().size(); ++i) {
        if (!s.table()[i].active())
            continue;
        const SetObject::Entry e = s.table()[i];
        if (!f(e))
            return;
    }
}

bool isSameObject(const SetObject &so, const Value &other)
{
    return other.asObject() == &so;
}

Ref<SetObject> copyAndDifference(SetObject &so, const Value &other)
{
    Ref<SetObject> result = setCopy(so);
    setDifferenceUpdate(*result, other);
    return result;
}

} // namespace

Ref<SetObject> setCopy(const SetObject &so)
{
    const Value self(const_cast<SetObject *>(&so));
    return newSet(setBaseType(so.type()), &self);
}

Ref<SetObject> setIntersection(SetObject &so, const Value &other)
{
    if (isSameObject(so, other))
        return setCopy(so);
    auto result = make<SetObject>(setBaseType(so.type()));
    if (auto *o = other.as<SetObject>()) {
        SetObject *big = &so;
        SetObject *small = o;
        if (o->size() > so.size())
            std::swap(big, small);
        forEachEntry(*small, [&](const SetObject::Entry &e) {
            if (big->containsEntry(e.key, e.hash))
                result->addEntry(e.key, e.hash);
            return true;
        });
        return result;
    }
    Value it = iter(other);
    while (auto key = next(it)) {
        const int64_t h = hash(*key);
        if (so.containsEntry(*key, h)) {
            result->addEntry(*key, h);
            if (result->size() >= so.size())
                break;
        }
    }
    return result;
}

void setDifferenceUpdate(SetObject &so, const Value &other)
{
    if (isSameObject(so, other))
        return so.clear();
    if (auto *o = other.as<SetObject>()) {
        // Against a much larger set, only the common part matters.
        Ref<SetObject> source((o->size() >> 3) > so.size() ? setIntersection(so, other) : Ref<SetObject>(o));
        forEachEntry(*source, [&](const SetObject::Entry &e) {
            so.discardEntry(e.key, e.hash);
            return true;
        });
    } else {
        Value it = iter(other);
        while (auto key = next(it))
            so.discard(*key);
    }
    so.purgeDummies();
}

Ref<SetObject> setDifference(SetObject &so, const Value &other)
{
    size_t otherSize = 0;
    auto *otherSet = other.as<SetObject>();
    const bool otherIsDict = typeOf(other) == dictType();
    if (otherSet)
        otherSize = otherSet->size();
    else if (otherIsDict)
        otherSize = other.as<DictObject>()->size();
    else
        return copyAndDifference(so, other);
    if ((so.size() >> 2) > otherSize)
        return copyAndDifference(so, other);
    auto result = make<SetObject>(setBaseType(so.type()));
    forEachEntry(so, [&](const SetObject::Entry &e) {
        const bool present = otherIsDict ? other.as<DictObject>()->find(e.key, e.hash) != nullptr
                                         : otherSet->containsEntry(e.key, e.hash);
        if (!present)
            result->addEntry(e.key, e.hash);
        return true;
    });
    return result;
}

void setSymmetricDifferenceUpdate(SetObject &so, const Value &other)
{
    if (isSameObject(so, other))
        return so.clear();
    auto toggle = [&](const Value &key, int64_t hash) {
        if (!so.discardEntry(key, hash))
            so.addEntry(key, hash);
    };
    if (typeOf(other) == dictType()) {
        const auto *d = other.as<DictObject>();
        for (size_t i = 0; i < d->entries().size(); ++i) {
            if (!d->entries()[i].live)
                continue;
            const DictObject::Entry e = d->entries()[i];
            toggle(e.key, e.hash);
        }
        return;
    }
    Ref<SetObject> otherSet(other.as<SetObject>());
    if (!otherSet)
        otherSet = newSet(setBaseType(so.type()), &other);
    forEachEntry(*otherSet, [&](const SetObject::Entry &e) {
        toggle(e.key, e.hash);
        return true;
    });
}

Ref<SetObject> setSymmetricDifference(SetObject &so, const Value &other)
{
    // CPython starts from `other` and folds `so` into it: the order follows.
    Ref<SetObject> result = newSet(setBaseType(so.type()), &other);
    setSymmetricDifferenceUpdate(*result, Value(&so));
    return result;
}

bool setIsSubset(SetObject &so, const Value &other)
{
    auto *o = other.as<SetObject>();
    if (!o)
        return setIntersection(so, other)->size() == so.size();
    if (so.size() > o->size())
        return false;
    bool subset = true;
    forEachEntry(so, [&](const SetObject::Entry &e) {
        subset = o->containsEntry(e.key, e.hash);
        return subset;
    });
    return subset;
}

bool setIsSuperset(SetObject &so, const Value &other)
{
    if (auto *o = other.as<SetObject>())
        return setIsSubset(*o, Value(&so));
    Value it = iter(other);
    while (auto key = next(it)) {
        if (!so.contains(*key))
            return false;
    }
    return true;
}

bool setIsDisjoint(SetObject &so, const Value &other)
{
    if (isSameObject(so, other))
        return so.size() == 0;
    const TypeObject *t = typeOf(other);
    if (t == setType() || t == frozensetType()) {
        SetObject *big = &so;
        SetObject *small = other.as<SetObject>();
        if (small->size() > big->size())
            std::swap(big, small);
        bool disjoint = true;
        forEachEntry(*small, [&](const SetObject::Entry &e) {
            disjoint = !big->containsEntry(e.key, e.hash);
            return disjoint;
        });
        return disjoint;
    }
    Value it = iter(other);
    while (auto key = next(it)) {
        if (so.contains(*key))
            return false;
    }
    return true;
}

} // namespace aw::py
