// set and frozenset: slots, operators and methods over the table in set_table.cpp.

#include "set.h"

#include "args.h"
#include "class_object.h"
#include "container_setup.h"
#include "function.h"
#include "protocol.h"
#include "sequence_util.h"
#include "type_setup.h"

namespace aw {

TypeObject *setType()
{
    static TypeObject *const t = makeBuiltinType("set", "builtins", {});
    return t;
}

TypeObject *frozensetType()
{
    static TypeObject *const t = makeBuiltinType("frozenset", "builtins", {});
    return t;
}

namespace py {

namespace {

class SetIterator : public Object {
public:
    SetIterator(TypeObject *type, Ref<SetObject> set)
        : Object(type), set(std::move(set)), used(static_cast<int64_t>(this->set->size())) {}
    Ref<SetObject> set; // null once exhausted
    int64_t used;       // the size when made; -1 once a change was reported
    size_t pos = 0;
};

TypeObject *setIteratorType()
{
    static TypeObject *const t = makeBuiltinType("set_iterator", "builtins", {});
    return t;
}

SetObject &self(const Value &v)
{
    return *v.as<SetObject>();
}

std::string setRepr(const Value &v)
{
    SetObject &s = self(v);
    const std::string &name = s.type()->name();
    ReprGuard guard(&s);
    if (guard.recursive())
        return name + "(...)";
    if (s.size() == 0)
        return name + "()";
    const std::string body = "{" + joinReprs(s.items()) + "}";
    return s.type() == setType() ? body : name + "(" + body + ")";
}

Value setCompare(const Value &a, const Value &b, CompareOp op)
{
    auto *w = b.as<SetObject>();
    if (!w)
        return notImplemented();
    SetObject &v = self(a);
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
        bool equal = v.size() == w->size();
        if (equal && v.frozen() && w->frozen() && v.frozenHash() != w->frozenHash())
            equal = false;
        if (equal)
            equal = setIsSubset(v, b);
        return Value::boolean(equal == (op == CompareOp::Eq));
    }
    case CompareOp::Le: return Value::boolean(setIsSubset(v, b));
    case CompareOp::Ge: return Value::boolean(setIsSuperset(v, b));
    case CompareOp::Lt: return Value::boolean(v.size() < w->size() && setIsSubset(v, b));
    case CompareOp::Gt: return Value::boolean(v.size() > w->size() && setIsSuperset(v, b));
    }
    return notImplemented();
}

// `{1} in s`: an unhashable set key is looked up as the equal frozenset.
template<typename F>
auto withFrozenRetry(const Value &key, F &&f)
{
    try {
        return f(key);
    } catch (const PyException &e) {
        if (!key.as<SetObject>() || !isInstance(key, setType()) || !e.isInstance(builtin::TypeError()))
            throw;
    }
    return f(Value(newSet(frozensetType(), &key)));
}

std::optional<bool> setContains(const Value &v, const Value &key)
{
    return withFrozenRetry(key, [&](const Value &k) { return self(v).contains(k); });
}

std::optional<Value> iteratorNext(const Value &it)
{
    auto *i = it.as<SetIterator>();
    if (!i->set)
        return std::nullopt;
    if (i->used != static_cast<int64_t>(i->set->size())) {
        i->used = -1;
        raise(builtin::RuntimeError(), "Set changed size during iteration");
    }
    const auto &table = i->set->table();
    while (i->pos < table.size() && !table[i->pos].active())
        ++i->pos;
    if (i->pos >= table.size()) {
        i->set = nullptr;
        return std::nullopt;
    }
    return table[i->pos++].key;
}

template<Ref<SetObject> (*Op)(SetObject &, const Value &)>
Value setOperator(const Value &a, const Value &b)
{
    if (!a.as<SetObject>() || !b.as<SetObject>())
        return notImplemented();
    return Value(Op(self(a), b));
}

Ref<SetObject> setUnion(SetObject &so, const Value &other)
{
    Ref<SetObject> result = setCopy(so);
    if (other.asObject() != &so)
        result->update(other);
    return result;
}

template<void (*Op)(SetObject &, const Value &)>
Value setInplace(const Value &a, const Value &b)
{
    if (!b.as<SetObject>())
        return notImplemented();
    Op(self(a), b);
    return a;
}

void updateInPlace(SetObject &so, const Value &other)
{
    so.update(other);
}

void intersectionUpdate(SetObject &so, const Value &other)
{
    Ref<SetObject> tmp = setIntersection(so, other);
    so.swapBodies(*tmp);
}

Value newSetInstance(TypeObject *cls, const CallArgs &)
{
    return Value(make<SetObject>(cls));
}

void initSet(const Value &v, const CallArgs &args)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), "set() takes no keyword arguments");
    checkPositional(args, typeOf(v)->name(), 0, 1);
    SetObject &s = self(v);
    if (s.fill() > 0)
        s.clear();
    if (!args.positional.empty())
        s.update(args.positional[0]);
}

Value newFrozenset(TypeObject *cls, const CallArgs &args)
{
    if (!args.keywords.empty() && (cls == frozensetType() || cls->slots.init == frozensetType()->slots.init))
        raise(builtin::TypeError(), "frozenset() takes no keyword arguments");
    checkPositional(CallArgs{args.positional, {}}, cls->name(), 0, 1);
    const Value *iterable = args.positional.empty() ? nullptr : &args.positional[0];
    if (cls == frozensetType() && iterable && typeOf(*iterable) == frozensetType())
        return *iterable;
    return Value(newSet(cls, iterable));
}

Value frozensetDunderNew(const Value &, const CallArgs &args)
{
    auto *cls = args.positional.empty() ? nullptr : args.positional[0].as<TypeObject>();
    if (!cls || !cls->isSubtypeOf(frozensetType()))
        raise(builtin::TypeError(), "frozenset.__new__(X): X is not a subtype of frozenset");
    return newFrozenset(cls, CallArgs{args.positional.subspan(1), args.keywords});
}

void installSlots(TypeObject *type)
{
    TypeSlots &s = type->slots;
    s.repr = setRepr;
    s.richCompare = setCompare;
    s.len = [](const Value &v) { return static_cast<int64_t>(self(v).size()); };
    s.contains = setContains;
    s.iter = [](const Value &v) { return Value(make<SetIterator>(setIteratorType(), Ref<SetObject>(v.as<SetObject>()))); };
    s.binary[static_cast<int>(BinaryOp::Sub)] = setOperator<setDifference>;
    s.binary[static_cast<int>(BinaryOp::And)] = setOperator<setIntersection>;
    s.binary[static_cast<int>(BinaryOp::Xor)] = setOperator<setSymmetricDifference>;
    s.binary[static_cast<int>(BinaryOp::Or)] = setOperator<setUnion>;
}

} // namespace

void setupSetTypes()
{
    installSlots(setType());
    installSlots(frozensetType());
    TypeSlots &s = setType()->slots;
    s.hash = unhashable;
    s.inplace[static_cast<int>(BinaryOp::Sub)] = setInplace<setDifferenceUpdate>;
    s.inplace[static_cast<int>(BinaryOp::And)] = setInplace<intersectionUpdate>;
    s.inplace[static_cast<int>(BinaryOp::Xor)] = setInplace<setSymmetricDifferenceUpdate>;
    s.inplace[static_cast<int>(BinaryOp::Or)] = setInplace<updateInPlace>;
    s.newInstance = newSetInstance;
    s.init = initSet;
    setType()->setAttr("__hash__", Value());
    TypeSlots &f = frozensetType()->slots;
    f.hash = [](const Value &v) { return self(v).frozenHash(); };
    f.newInstance = newFrozenset;
    frozensetType()->setAttr("__new__",
                             call(Value(staticMethodType()), {builtinFunction("__new__", frozensetDunderNew)}));
    setIteratorType()->slots.iter = [](const Value &v) { return v; };
    setIteratorType()->slots.next = iteratorNext;
    setupSetMethods();
}

} // namespace py
} // namespace aw
