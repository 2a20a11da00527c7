// functools.lru_cache and cache (CPython's _lru_cache_wrapper: the same key rules, so
// f(1) and f(1.0) are distinct entries while f(True) and f(1.0) share one), and
// functools.total_ordering.

#include "args.h"
#include "builtins_support.h"
#include "class_object.h"
#include "function.h"
#include "module.h"
#include "module_collections.h"
#include "module_functools.h"
#include "protocol.h"

#include "core/containers.h"
#include "core/str.h"

#include <list>
#include <unordered_map>

namespace aw::py {

namespace {

// _make_key: the positional arguments, then each keyword's name and value, then (typed)
// their types; a lone int or str argument is its own key.
struct CacheKey {
    std::vector<Value> items;
    size_t keywordCount = 0;
    bool single = false;
    int64_t hash = 0;
};

CacheKey makeKey(const CallArgs &args, bool typed)
{
    CacheKey key;
    key.items.assign(args.positional.begin(), args.positional.end());
    for (const auto &[k, v] : args.keywords) {
        key.items.push_back(k);
        key.items.push_back(v);
    }
    key.keywordCount = args.keywords.size();
    if (typed) {
        for (const Value &v : args.positional)
            key.items.emplace_back(typeOf(v));
        for (const auto &kw : args.keywords)
            key.items.emplace_back(typeOf(kw.second));
    }
    const TypeObject *t = key.items.size() == 1 ? typeOf(key.items[0]) : nullptr;
    key.single = key.keywordCount == 0 && (t == intType() || t == strType());
    uint64_t h = key.single ? 0 : 0x345678;
    for (const Value &v : key.items)
        h = (h ^ static_cast<uint64_t>(py::hash(v))) * 1000003;
    key.hash = key.single ? py::hash(key.items[0]) : static_cast<int64_t>(h);
    return key;
}

struct KeyHash {
    size_t operator()(const CacheKey &k) const noexcept { return static_cast<size_t>(k.hash); }
};

struct KeyEqual {
    bool operator()(const CacheKey &a, const CacheKey &b) const
    {
        if (a.single != b.single || a.keywordCount != b.keywordCount || a.items.size() != b.items.size())
            return false;
        for (size_t i = 0; i < a.items.size(); ++i) {
            if (!a.items[i].is(b.items[i]) && !equals(a.items[i], b.items[i]))
                return false;
        }
        return true;
    }
};

class LruWrapper : public Object {
public:
    LruWrapper(TypeObject *type, Value func, int64_t maxsize, bool typed, Value infoClass)
        : Object(type), func(std::move(func)), infoClass(std::move(infoClass)), maxsize(maxsize), typed(typed) {}
    Ref<Object> *attributeSlot() noexcept override { return &dict; }

    Value func;
    Value infoClass; // the module's CacheInfo namedtuple
    int64_t maxsize; // -1: unbounded
    bool typed;
    int64_t hits = 0, misses = 0;
    // Least recently used first.
    std::list<std::pair<CacheKey, Value>> order;
    std::unordered_map<CacheKey, std::list<std::pair<CacheKey, Value>>::iterator, KeyHash, KeyEqual> index;
    Ref<Object> dict;
};

LruWrapper &wrapper(const Value &v)
{
    return *v.as<LruWrapper>();
}

Value callCached(const Value &self, const CallArgs &args)
{
    LruWrapper &w = wrapper(self);
    if (w.maxsize == 0) {
        ++w.misses;
        return call(w.func, args);
    }
    CacheKey key = makeKey(args, w.typed);
    if (auto it = w.index.find(key); it != w.index.end()) {
        ++w.hits;
        w.order.splice(w.order.end(), w.order, it->second);
        return it->second->second;
    }
    ++w.misses;
    Value result = call(w.func, args);
    // A recursive call may have cached the same key meanwhile: keep that entry.
    if (w.index.count(key))
        return result;
    w.order.emplace_back(key, result);
    w.index.emplace(std::move(key), std::prev(w.order.end()));
    if (w.maxsize > 0 && static_cast<int64_t>(w.order.size()) > w.maxsize) {
        w.index.erase(w.order.front().first);
        w.order.pop_front();
    }
    return result;
}

Value cacheInfo(const Value &self)
{
    LruWrapper &w = wrapper(self);
    return call(w.infoClass, {Value::integer(w.hits), Value::integer(w.misses),
                                 w.maxsize < 0 ? Value() : Value::integer(w.maxsize),
                                 Value::integer(static_cast<int64_t>(w.order.size()))});
}

TypeObject *lruWrapperType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("_lru_cache_wrapper", "functools", {});
        type->slots.call = callCached;
        type->slots.descrGet = [](const Value &self, const Value &instance, TypeObject *) {
            return instance.isNone() ? self : Value(make<MethodObject>(self, instance));
        };
        defineMethod(type, "cache_info", [](const Value &self, const CallArgs &args) {
            noArgs(args, "cache_info");
            return cacheInfo(self);
        });
        defineMethod(type, "cache_clear", [](const Value &self, const CallArgs &args) {
            noArgs(args, "cache_clear");
            LruWrapper &w = wrapper(self);
            w.index.clear();
            w.order.clear();
            w.hits = w.misses = 0;
            return Value();
        });
        return type;
    }();
    return t;
}

Value wrap(const Value &func, int64_t maxsize, bool typed, const Value &infoClass)
{
    Value w(make<LruWrapper>(lruWrapperType(), func, maxsize, typed, infoClass));
    const Value args[] = {w, func};
    return updateWrapper(Value(), CallArgs{args, {}});
}

Value lruCache(const CallArgs &args, const Value &infoClass)
{
    auto a = parseArgs(args, "lru_cache", {"maxsize", "typed"}, 0);
    const bool typed = truthy(a[1]);
    if (a.wasGiven(0) && typeOf(a[0])->slots.call && !a[0].as<TypeObject>())
        return wrap(a[0], 128, typed, infoClass);
    int64_t maxsize = 128;
    if (a.wasGiven(0) && a[0].isNone())
        maxsize = -1;
    else if (a.wasGiven(0) && !isIntValue(a[0]))
        raise(builtin::TypeError(), "Expected first argument to be an integer, a callable, or None");
    else if (a.wasGiven(0))
        maxsize = std::max<int64_t>(a[0].asInt(), 0);
    return builtinFunction("decorating_function", [maxsize, typed, infoClass](const Value &, const CallArgs &inner) {
        return wrap(oneArg(inner, "decorating_function"), maxsize, typed, infoClass);
    });
}

} // namespace

void addCacheFunctions(ModuleObject &m)
{
    const Value infoArgs[] = {aw::str("CacheInfo"), aw::str("hits misses maxsize currsize")};
    const std::pair<Value, Value> module[] = {{name("module"), aw::str("functools")}};
    const Value infoClass = makeNamedTuple(CallArgs{infoArgs, module});
    m.def("lru_cache", [infoClass](const Value &, const CallArgs &args) { return lruCache(args, infoClass); });
    m.def("cache", [infoClass](const Value &, const CallArgs &args) {
        return wrap(oneArg(args, "cache"), -1, false, infoClass);
    });
}

} // namespace aw::py
