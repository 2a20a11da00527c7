// The `functools` module: partial, reduce, update_wrapper/wraps, cmp_to_key and
// total_ordering (lru_cache and cache are in module_functools_cache.cpp).

#include "args.h"
#include "builtins_support.h"
#include "class_object.h"
#include "dict.h"
#include "function.h"
#include "iterators.h"
#include "module.h"
#include "module_functools.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"
#include "core/str.h"

#include <array>

namespace aw::py {

namespace {

class PartialObject : public Object {
public:
    explicit PartialObject(TypeObject *cls) : Object(cls) {}
    Ref<Object> *attributeSlot() noexcept override { return &dict; }
    void clearReferences() override
    {
        Object::clearReferences();
        func = Value();
        args.clear();
        keywords.clear();
    }
    Value func;
    std::vector<Value> args;
    std::vector<std::pair<Value, Value>> keywords;
    Ref<Object> dict;
};

PartialObject &partial(const Value &v)
{
    return *v.as<PartialObject>();
}

// Later keywords replace earlier ones of the same name, keeping the first one's place.
void mergeKeywords(std::vector<std::pair<Value, Value>> &into, std::span<const std::pair<Value, Value>> more)
{
    for (const auto &[k, v] : more) {
        bool replaced = false;
        for (auto &kw : into) {
            if (strText(kw.first) == strText(k)) {
                kw.second = v;
                replaced = true;
            }
        }
        if (!replaced)
            into.emplace_back(k, v);
    }
}

Value newPartial(TypeObject *cls, const CallArgs &args)
{
    if (args.positional.empty())
        raise(builtin::TypeError(), "type 'partial' takes at least one argument");
    auto p = make<PartialObject>(cls);
    Value func = args.positional[0];
    if (!typeOf(func)->slots.call)
        raise(builtin::TypeError(), "the first argument must be callable");
    if (auto *inner = func.as<PartialObject>(); inner && typeOf(func) == partialType() && !inner->dict) {
        p->args = inner->args;
        p->keywords = inner->keywords;
        func = inner->func;
    }
    p->func = func;
    p->args.insert(p->args.end(), args.positional.begin() + 1, args.positional.end());
    mergeKeywords(p->keywords, args.keywords);
    return Value(p);
}

Value callPartial(const Value &self, const CallArgs &args)
{
    PartialObject &p = partial(self);
    std::vector<Value> positional = p.args;
    positional.insert(positional.end(), args.positional.begin(), args.positional.end());
    std::vector<std::pair<Value, Value>> keywords = p.keywords;
    mergeKeywords(keywords, args.keywords);
    return call(p.func, CallArgs{positional, keywords});
}

std::string partialRepr(const Value &self)
{
    PartialObject &p = partial(self);
    std::string out = typeOf(self)->qualifiedName() + "(" + repr(p.func);
    for (const Value &a : p.args)
        out += ", " + repr(a);
    for (const auto &[k, v] : p.keywords)
        out += ", " + strText(k) + "=" + repr(v);
    return out + ")";
}

Value reduce(const Value &, const CallArgs &args)
{
    noKeywords(args, "reduce");
    positionalCount(args, "reduce", 2, 3);
    Value it = iterate(args.positional[1]);
    std::optional<Value> acc;
    if (args.positional.size() == 3)
        acc = args.positional[2];
    while (auto item = next(it))
        acc = acc ? call(args.positional[0], {*acc, *item}) : *item;
    if (!acc)
        raise(builtin::TypeError(), "reduce() of empty iterable with no initial value");
    return *acc;
}

} // namespace

Value updateWrapper(const Value &, const CallArgs &args)
{
    auto a = parseArgs(args, "update_wrapper", {"wrapper", "wrapped", "assigned", "updated"}, 2);
    const Value &wrapper = a[0], &wrapped = a[1];
    std::vector<Value> assigned, updated{name("__dict__")};
    if (a.wasGiven(2))
        assigned = collect(a[2]);
    else
        for (const char *n : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"})
            assigned.push_back(name(n));
    if (a.wasGiven(3))
        updated = collect(a[3]);
    for (const Value &attr : assigned) {
        Value v;
        if (tryGetAttr(wrapped, attr, v))
            setAttr(wrapper, attr, v);
    }
    for (const Value &attr : updated) {
        if (strText(attr) != "__dict__")
            continue;
        DictObject *into = instanceDict(wrapper, true);
        DictObject *from = instanceDict(wrapped);
        if (!into)
            raise(builtin::AttributeError(), "'" + typeName(wrapper) + "' object has no attribute '__dict__'");
        for (const auto &e : from ? from->entries() : std::vector<DictObject::Entry>{}) {
            if (e.live)
                into->set(e.key, e.value);
        }
    }
    setAttr(wrapper, name("__wrapped__"), wrapped);
    return wrapper;
}

namespace {

Value wraps(const Value &, const CallArgs &args)
{
    auto a = parseArgs(args, "wraps", {"wrapped", "assigned", "updated"}, 1);
    const Value update = builtinFunction("update_wrapper", updateWrapper);
    std::vector<std::pair<Value, Value>> keywords{{name("wrapped"), a[0]}};
    if (a.wasGiven(1))
        keywords.emplace_back(name("assigned"), a[1]);
    if (a.wasGiven(2))
        keywords.emplace_back(name("updated"), a[2]);
    const Value positional[] = {update};
    return newPartial(partialType(), CallArgs{positional, keywords});
}

// How total_ordering derives a missing comparison from the one the class defines.
enum class Derive { NotAndNe, OrEq, Not, NotOrEq, AndNe };

struct DerivedOp {
    const char *name;
    Derive how;
};

Value derive(const char *root, Derive how, const Value &a, const Value &b)
{
    Value f;
    typeOf(a)->lookup(root, f);
    const Value r = call(f, {a, b});
    if (isNotImplemented(r))
        return r;
    switch (how) {
    case Derive::NotAndNe: return truthy(r) ? Value::boolean(false) : compare(a, b, CompareOp::Ne);
    case Derive::OrEq: return truthy(r) ? r : compare(a, b, CompareOp::Eq);
    case Derive::Not: return Value::boolean(!truthy(r));
    case Derive::NotOrEq: return !truthy(r) ? Value::boolean(true) : compare(a, b, CompareOp::Eq);
    case Derive::AndNe: return !truthy(r) ? r : compare(a, b, CompareOp::Ne);
    }
    return r;
}

// Whether a Python class in cls's MRO defines `op` (object's defaults do not count).
bool definesOrdering(const TypeObject *cls, const char *op)
{
    for (const TypeObject *t : cls->mro()) {
        if (!t->isHeapType())
            return false;
        auto it = t->ownAttrs().find(op);
        if (it != t->ownAttrs().end())
            return !it->second.isNone();
    }
    return false;
}

} // namespace

Value totalOrdering(const Value &, const CallArgs &args)
{
    const Value &clsValue = oneArg(args, "total_ordering");
    auto *cls = clsValue.as<TypeObject>();
    // The root is the first of these the class defines (max() of the names in functools.py).
    static const std::pair<const char *, std::array<DerivedOp, 3>> table[] = {
        {"__lt__", {{{"__gt__", Derive::NotAndNe}, {"__le__", Derive::OrEq}, {"__ge__", Derive::Not}}}},
        {"__le__", {{{"__ge__", Derive::NotOrEq}, {"__lt__", Derive::AndNe}, {"__gt__", Derive::Not}}}},
        {"__gt__", {{{"__lt__", Derive::NotAndNe}, {"__ge__", Derive::OrEq}, {"__le__", Derive::Not}}}},
        {"__ge__", {{{"__le__", Derive::NotOrEq}, {"__gt__", Derive::AndNe}, {"__lt__", Derive::Not}}}},
    };
    for (const auto &[root, derived] : table) {
        if (!cls || !definesOrdering(cls, root))
            continue;
        for (const DerivedOp &op : derived) {
            if (definesOrdering(cls, op.name))
                continue;
            const char *rootName = root;
            const Derive how = op.how;
            auto fn = [rootName, how](const Value &self, const CallArgs &a) {
                positionalCount(a, "comparison", 1, 1);
                return derive(rootName, how, self, a.positional[0]);
            };
            cls->setAttr(op.name, Value(make<BuiltinFunctionObject>(op.name, fn, true, Value(), cls->name())));
        }
        return clsValue;
    }
    raise(builtin::ValueError(), "must define at least one ordering operation: < > <= >=");
}

namespace {

class KeyWrapper : public Object {
public:
    KeyWrapper(TypeObject *type, Value cmp, Value obj) : Object(type), cmp(std::move(cmp)), obj(std::move(obj)) {}
    Value cmp;
    Value obj;
};

TypeObject *keyWrapperType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("KeyWrapper", "functools", {});
        type->slots.hash = nullptr;
        type->slots.call = [](const Value &self, const CallArgs &args) {
            auto a = parseArgs(args, "K", {"obj"}, 1);
            return Value(make<KeyWrapper>(keyWrapperType(), self.as<KeyWrapper>()->cmp, a[0]));
        };
        type->slots.richCompare = [](const Value &a, const Value &b, CompareOp op) {
            auto *other = b.as<KeyWrapper>();
            if (!other)
                raise(builtin::TypeError(), "other argument must be K instance");
            auto *self = a.as<KeyWrapper>();
            return compare(call(self->cmp, {self->obj, other->obj}), Value::integer(0), op);
        };
        return type;
    }();
    return t;
}

} // namespace

TypeObject *partialType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("partial", "functools", {});
        type->slots.newInstance = newPartial;
        type->slots.call = callPartial;
        type->slots.repr = partialRepr;
        defineGetSet(type, "func", [](const Value &self) { return partial(self).func; });
        defineGetSet(type, "args", [](const Value &self) { return tuple(partial(self).args); });
        defineGetSet(type, "keywords", [](const Value &self) {
            auto d = make<DictObject>();
            for (const auto &[k, v] : partial(self).keywords)
                d->set(k, v);
            return Value(d);
        });
        return type;
    }();
    return t;
}

void initFunctoolsModule(ModuleObject &m)
{
    m.set("partial", Value(partialType()));
    m.def("reduce", reduce);
    m.def("update_wrapper", updateWrapper);
    m.def("wraps", wraps);
    m.def("cmp_to_key", [](const Value &, const CallArgs &args) {
        auto a = parseArgs(args, "cmp_to_key", {"mycmp"}, 1);
        return Value(make<KeyWrapper>(keyWrapperType(), a[0], Value()));
    });
    m.def("total_ordering", totalOrdering);
    addCacheFunctions(m);
}

} // namespace aw::py
