// dict_keys, dict_values, dict_items and the dict iterators (forwards and reversed).

#include "args.h"
#include "container_setup.h"
#include "dict.h"
#include "function.h"
#include "protocol.h"
#include "sequence_util.h"
#include "set.h"

namespace aw::py {

namespace {

class DictView : public Object {
public:
    DictView(TypeObject *type, Ref<DictObject> dict, DictPart part) : Object(type), dict(std::move(dict)), part(part) {}
    const Ref<DictObject> dict;
    const DictPart part;
};

class DictIterator : public Object {
public:
    DictIterator(TypeObject *type, Ref<DictObject> d, DictPart part, bool reversed)
        : Object(type)
        , dict(std::move(d))
        , part(part)
        , reversed(reversed)
        , used(static_cast<int64_t>(dict->size()))
        , pos(reversed ? static_cast<int64_t>(dict->entries().size()) - 1 : 0)
        , remaining(used)
    {
    }
    Ref<DictObject> dict; // null once exhausted
    const DictPart part;
    const bool reversed;
    int64_t used; // the size when made; -1 once a change was reported
    int64_t pos;
    int64_t remaining;
};

TypeObject *viewType(DictPart part)
{
    static TypeObject *const types[] = {makeBuiltinType("dict_keys", "builtins", {}),
                                        makeBuiltinType("dict_values", "builtins", {}),
                                        makeBuiltinType("dict_items", "builtins", {})};
    return types[static_cast<int>(part)];
}

TypeObject *iteratorType(DictPart part, bool reversed)
{
    static TypeObject *const types[] = {
        makeBuiltinType("dict_keyiterator", "builtins", {}),
        makeBuiltinType("dict_valueiterator", "builtins", {}),
        makeBuiltinType("dict_itemiterator", "builtins", {}),
        makeBuiltinType("dict_reversekeyiterator", "builtins", {}),
        makeBuiltinType("dict_reversevalueiterator", "builtins", {}),
        makeBuiltinType("dict_reverseitemiterator", "builtins", {}),
    };
    return types[static_cast<int>(part) + (reversed ? 3 : 0)];
}

Value itemOf(const DictObject::Entry &e, DictPart part)
{
    switch (part) {
    case DictPart::Keys: return e.key;
    case DictPart::Values: return e.value;
    case DictPart::Items: break;
    }
    return tuple({e.key, e.value});
}

// The next live entry from `pos` in the iterator's direction, or -1.
int64_t nextLive(const DictIterator &it)
{
    const auto &entries = it.dict->entries();
    int64_t pos = it.pos;
    if (it.reversed) {
        pos = std::min(pos, static_cast<int64_t>(entries.size()) - 1);
        while (pos >= 0 && !entries[static_cast<size_t>(pos)].live)
            --pos;
        return pos;
    }
    while (pos < static_cast<int64_t>(entries.size()) && !entries[static_cast<size_t>(pos)].live)
        ++pos;
    return pos < static_cast<int64_t>(entries.size()) ? pos : -1;
}

std::optional<Value> iteratorNext(const Value &v)
{
    auto *it = v.as<DictIterator>();
    if (!it->dict)
        return std::nullopt;
    if (it->used != static_cast<int64_t>(it->dict->size())) {
        it->used = -1;
        raise(builtin::RuntimeError(), "dictionary changed size during iteration");
    }
    const int64_t pos = nextLive(*it);
    if (pos < 0) {
        it->dict = nullptr;
        return std::nullopt;
    }
    // Same size but an entry we did not expect: keys were deleted and others added.
    if (it->remaining == 0 && !it->reversed) {
        it->dict = nullptr;
        raise(builtin::RuntimeError(), "dictionary keys changed during iteration");
    }
    it->pos = it->reversed ? pos - 1 : pos + 1;
    --it->remaining;
    return itemOf(it->dict->entries()[static_cast<size_t>(pos)], it->part);
}

DictView &view(const Value &v)
{
    return *v.as<DictView>();
}

bool isSetLikeView(const Value &v)
{
    auto *dv = v.as<DictView>();
    return dv && dv->part != DictPart::Values;
}

std::string viewRepr(const Value &v)
{
    ReprGuard guard(v.asObject());
    if (guard.recursive())
        return "...";
    return typeOf(v)->name() + "([" + joinReprs(collect(v)) + "])";
}

std::optional<bool> viewContains(const Value &v, const Value &x)
{
    const DictView &dv = view(v);
    if (dv.part == DictPart::Keys)
        return dv.dict->find(x) != nullptr;
    auto *t = x.as<TupleObject>();
    if (!t || t->items().size() != 2)
        return false;
    const Value *found = dv.dict->find(t->items()[0]);
    if (!found)
        return false;
    const Value value = *found;
    return sameOrEqual(value, t->items()[1]);
}

// dictviews_to_set: a new set of the left operand's items (of a keys view's dict directly).
Ref<SetObject> toSet(const Value &v)
{
    auto *dv = v.as<DictView>();
    if (dv && dv->part == DictPart::Keys && typeOf(Value(dv->dict)) == dictType()) {
        const Value d(dv->dict);
        return newSet(setType(), &d);
    }
    return newSet(setType(), &v);
}

Value viewSub(const Value &a, const Value &b)
{
    Ref<SetObject> result = toSet(a);
    setDifferenceUpdate(*result, b);
    return Value(result);
}

Value viewOr(const Value &a, const Value &b)
{
    Ref<SetObject> result = toSet(a);
    result->update(b);
    return Value(result);
}

Value itemsXor(const DictView &a, const DictView &b)
{
    Value temp = dictCopy(Value(a.dict));
    auto *remaining = temp.as<DictObject>();
    auto result = make<SetObject>(setType());
    const DictObject &d2 = *b.dict;
    for (size_t i = 0; i < d2.entries().size(); ++i) {
        if (!d2.entries()[i].live)
            continue;
        const DictObject::Entry e = d2.entries()[i];
        const Value *v1 = remaining->find(e.key, e.hash);
        if (v1 && sameOrEqual(Value(*v1), e.value))
            remaining->remove(e.key);
        else
            result->add(tuple({e.key, e.value}));
    }
    result->update(dictView(temp, DictPart::Items));
    return Value(result);
}

Value viewXor(const Value &a, const Value &b)
{
    auto *x = a.as<DictView>();
    auto *y = b.as<DictView>();
    if (x && y && x->part == DictPart::Items && y->part == DictPart::Items)
        return itemsXor(*x, *y);
    Ref<SetObject> result = toSet(a);
    setSymmetricDifferenceUpdate(*result, b);
    return Value(result);
}

Value viewAnd(const Value &a, const Value &b)
{
    Value self = isSetLikeView(a) ? a : b;
    Value other = isSetLikeView(a) ? b : a;
    const int64_t lenSelf = len(self);
    if (typeOf(other) == setType() && lenSelf <= len(other))
        return Value(setIntersection(*other.as<SetObject>(), self));
    if (isSetLikeView(other) && len(other) > lenSelf)
        std::swap(self, other);
    auto result = make<SetObject>(setType());
    Value it = iter(other);
    while (auto key = next(it)) {
        if (*viewContains(self, *key))
            result->add(*key);
    }
    return Value(result);
}

bool allContainedIn(const Value &self, const Value &other)
{
    Value it = iter(self);
    while (auto x = next(it)) {
        if (!contains(other, *x))
            return false;
    }
    return true;
}

Value viewCompare(const Value &a, const Value &b, CompareOp op)
{
    if (!b.as<SetObject>() && !isSetLikeView(b))
        return notImplemented();
    const int64_t la = len(a);
    const int64_t lb = len(b);
    switch (op) {
    case CompareOp::Eq: return Value::boolean(la == lb && allContainedIn(a, b));
    case CompareOp::Ne: return Value::boolean(!(la == lb && allContainedIn(a, b)));
    case CompareOp::Lt: return Value::boolean(la < lb && allContainedIn(a, b));
    case CompareOp::Le: return Value::boolean(la <= lb && allContainedIn(a, b));
    case CompareOp::Gt: return Value::boolean(la > lb && allContainedIn(b, a));
    case CompareOp::Ge: return Value::boolean(la >= lb && allContainedIn(b, a));
    }
    return notImplemented();
}

Value isdisjoint(const Value &v, const CallArgs &args)
{
    const Value &arg = oneArg(args, typeOf(v)->name() + ".isdisjoint");
    if (arg.is(v))
        return Value::boolean(len(v) == 0);
    Value self = v;
    Value other = arg;
    if ((other.as<SetObject>() || isSetLikeView(other)) && len(other) > len(self))
        std::swap(self, other);
    Value it = iter(other);
    while (auto x = next(it)) {
        if (contains(self, *x))
            return Value::boolean(false);
    }
    return Value::boolean(true);
}

void setupView(DictPart part)
{
    TypeObject *t = viewType(part);
    TypeSlots &s = t->slots;
    s.repr = viewRepr;
    s.len = [](const Value &v) { return static_cast<int64_t>(view(v).dict->size()); };
    s.iter = [](const Value &v) { return dictIterator(Value(view(v).dict), view(v).part, false); };
    defineMethod(t, "__reversed__", [](const Value &v, const CallArgs &args) {
        noArgs(args, typeOf(v)->name() + ".__reversed__");
        return dictIterator(Value(view(v).dict), view(v).part, true);
    });
    if (part == DictPart::Values)
        return;
    s.contains = viewContains;
    s.richCompare = viewCompare;
    s.binary[static_cast<int>(BinaryOp::Sub)] = viewSub;
    s.binary[static_cast<int>(BinaryOp::And)] = viewAnd;
    s.binary[static_cast<int>(BinaryOp::Or)] = viewOr;
    s.binary[static_cast<int>(BinaryOp::Xor)] = viewXor;
    s.hash = unhashable;
    t->setAttr("__hash__", Value());
    defineMethod(t, "isdisjoint", isdisjoint);
}

} // namespace

Value dictView(const Value &dict, DictPart part)
{
    return Value(make<DictView>(viewType(part), Ref<DictObject>(dict.as<DictObject>()), part));
}

Value dictIterator(const Value &dict, DictPart part, bool reversed)
{
    return Value(make<DictIterator>(iteratorType(part, reversed), Ref<DictObject>(dict.as<DictObject>()), part, reversed));
}

void setupDictViews()
{
    for (DictPart part : {DictPart::Keys, DictPart::Values, DictPart::Items}) {
        setupView(part);
        for (bool reversed : {false, true}) {
            TypeObject *t = iteratorType(part, reversed);
            t->slots.iter = [](const Value &v) { return v; };
            t->slots.next = iteratorNext;
        }
    }
}

} // namespace aw::py
