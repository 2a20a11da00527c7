// collections.defaultdict and collections.Counter: dict subclasses built on DictObject, so
// the dict methods apply to them unchanged. Counter follows Lib/collections/__init__.py.

#include "module_collections.h"

#include "args.h"
#include "builtins_support.h"
#include "function.h"
#include "iterators.h"
#include "module.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"
#include "core/exception.h"

#include <algorithm>

namespace aw::py {

std::string dictEntriesRepr(const DictObject &d)
{
    std::string out = "{";
    for (const auto &e : d.entries()) {
        if (e.live)
            out += (out.size() > 1 ? ", " : "") + repr(e.key) + ": " + repr(e.value);
    }
    return out + "}";
}

DictItems dictItems(const DictObject &d)
{
    DictItems items;
    for (const auto &e : d.entries()) {
        if (e.live)
            items.emplace_back(e.key, e.value);
    }
    return items;
}

bool mappingItems(const Value &v, DictItems &out)
{
    if (auto *d = v.as<DictObject>()) {
        out = dictItems(*d);
        return true;
    }
    Value keys;
    if (!tryGetAttr(v, name("keys"), keys))
        return false;
    for (const Value &k : collect(call(keys, {})))
        out.emplace_back(k, getItem(v, k));
    return true;
}

namespace {

DictItems pairsOf(const Value &iterable)
{
    DictItems out;
    size_t index = 0;
    for (const Value &element : collect(iterable)) {
        std::vector<Value> pair;
        try {
            pair = collect(element);
        } catch (const PyException &e) {
            if (!e.isInstance(builtin::TypeError()))
                throw;
            raise(builtin::TypeError(), "cannot convert dictionary update sequence element #" + std::to_string(index)
                                            + " to a sequence");
        }
        if (pair.size() != 2)
            raise(builtin::ValueError(), "dictionary update sequence element #" + std::to_string(index) + " has length "
                                             + std::to_string(pair.size()) + "; 2 is required");
        out.emplace_back(pair[0], pair[1]);
        ++index;
    }
    return out;
}

[[noreturn]] void raiseKeyError(const Value &key)
{
    throw PyException(make<ExceptionObject>(builtin::KeyError(), std::vector<Value>{key}));
}

DefaultDictObject &ddict(const Value &v)
{
    return *v.as<DefaultDictObject>();
}

Value missing(const Value &self, const Value &key)
{
    DefaultDictObject &d = ddict(self);
    if (d.factory.isNone())
        raiseKeyError(key);
    Value v = call(d.factory, {});
    d.set(key, v);
    return v;
}

Value copyDefaultDict(const Value &self)
{
    auto copy = make<DefaultDictObject>(typeOf(self));
    copy->factory = ddict(self).factory;
    for (auto &[k, v] : dictItems(ddict(self)))
        copy->set(k, v);
    return Value(copy);
}

void defaultDictInit(const Value &self, const CallArgs &args)
{
    DefaultDictObject &d = ddict(self);
    std::span<const Value> rest = args.positional;
    if (!rest.empty()) {
        if (!rest[0].isNone() && !typeOf(rest[0])->slots.call)
            raise(builtin::TypeError(), "first argument must be callable or None");
        d.factory = rest[0];
        rest = rest.subspan(1);
    }
    updateDict(d, CallArgs{rest, args.keywords}, "dict");
}

TypeObject *makeDefaultDictType()
{
    TypeObject *t = makeBuiltinType("defaultdict", "collections", {dictType()});
    TypeSlots &s = t->slots;
    s.hash = nullptr;
    s.newInstance = [](TypeObject *cls, const CallArgs &) { return Value(make<DefaultDictObject>(cls)); };
    s.init = defaultDictInit;
    s.getItem = [](const Value &self, const Value &key) {
        if (const Value *v = ddict(self).find(key))
            return *v;
        return missing(self, key);
    };
    s.repr = [](const Value &self) {
        const Value &f = ddict(self).factory;
        return typeOf(self)->name() + "(" + (f.isNone() ? std::string("None") : repr(f)) + ", "
            + dictEntriesRepr(ddict(self)) + ")";
    };
    defineMethod(t, "__missing__", [](const Value &self, const CallArgs &args) {
        return missing(self, oneArg(args, "__missing__"));
    });
    for (const char *name : {"copy", "__copy__"}) {
        defineMethod(t, name, [name](const Value &self, const CallArgs &args) {
            noArgs(args, name);
            return copyDefaultDict(self);
        });
    }
    defineGetSet(
        t, "default_factory", [](const Value &self) { return ddict(self).factory; },
        [](const Value &self, const Value &v) { ddict(self).factory = v; });
    return t;
}

DictObject &odict(const Value &v)
{
    return *v.as<DictObject>();
}

// OrderedDict.move_to_end(key, last=False): rebuilt with `key` first.
void moveToFront(DictObject &d, const Value &key)
{
    DictItems items = dictItems(d);
    d.clear();
    for (auto &[k, v] : items)
        if (equals(k, key))
            d.set(k, v);
    for (auto &[k, v] : items)
        if (!equals(k, key))
            d.set(k, v);
}

// collections.OrderedDict: a dict (insertion-ordered already) with its own repr and the
// reordering methods.
TypeObject *makeOrderedDictType()
{
    TypeObject *t = makeBuiltinType("OrderedDict", "collections", {dictType()});
    TypeSlots &s = t->slots;
    s.hash = nullptr;
    s.newInstance = [](TypeObject *cls, const CallArgs &) { return Value(make<DictObject>(cls)); };
    s.init = [](const Value &self, const CallArgs &args) { updateDict(odict(self), args, "OrderedDict"); };
    s.repr = [](const Value &self) {
        const DictObject &d = odict(self);
        if (!d.size())
            return typeOf(self)->name() + "()";
        std::string items;
        for (const auto &[k, v] : dictItems(d))
            items += (items.empty() ? "(" : ", (") + repr(k) + ", " + repr(v) + ")";
        return typeOf(self)->name() + "([" + items + "])";
    };
    defineMethod(t, "move_to_end", [](const Value &self, const CallArgs &args) {
        auto a = parseArgs(args, "move_to_end", {"key", "last"}, 1);
        DictObject &d = odict(self);
        std::optional<Value> value = d.remove(a[0]);
        if (!value)
            raise(builtin::KeyError(), repr(a[0]));
        d.set(a[0], *value);
        if (a.wasGiven(1) && !truthy(a[1]))
            moveToFront(d, a[0]);
        return Value();
    });
    defineMethod(t, "popitem", [](const Value &self, const CallArgs &args) {
        auto a = parseArgs(args, "popitem", {"last"}, 0);
        DictObject &d = odict(self);
        if (!d.size())
            raise(builtin::KeyError(), "dictionary is empty");
        std::pair<Value, Value> item;
        if (!a.wasGiven(0) || truthy(a[0])) {
            item = *d.popLast();
        } else {
            item = dictItems(d).front();
            d.remove(item.first);
        }
        return tuple({item.first, item.second});
    });
    return t;
}

} // namespace

void updateDict(DictObject &d, const CallArgs &args, const char *function)
{
    if (args.positional.size() > 1)
        raise(builtin::TypeError(), std::string(function) + " expected at most 1 argument, got "
                                        + std::to_string(args.positional.size()));
    if (!args.positional.empty()) {
        DictItems items;
        if (!mappingItems(args.positional[0], items))
            items = pairsOf(args.positional[0]);
        for (auto &[k, v] : items)
            d.set(k, v);
    }
    for (const auto &[k, v] : args.keywords)
        d.set(k, v);
}

TypeObject *orderedDictType()
{
    static TypeObject *const t = makeOrderedDictType();
    return t;
}

TypeObject *defaultDictType()
{
    static TypeObject *const t = makeDefaultDictType();
    return t;
}

void addDictSubclasses(ModuleObject &m)
{
    m.set("defaultdict", Value(defaultDictType()));
    m.set("Counter", Value(counterType()));
    m.set("OrderedDict", Value(orderedDictType()));
}

} // namespace aw::py
