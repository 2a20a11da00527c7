// The built-in iterator types and the iterators of the two forms of iter().

#include "iterators.h"

#include "args.h"
#include "builtins_support.h"
#include "core/containers.h"
#include "dict.h"
#include "protocol.h"
#include "type_setup.h"

#include <memory>

namespace aw {

NativeIterator::NativeIterator(TypeObject *type, Step step, std::function<std::string()> describe)
    : Object(type)
    , m_step(std::move(step))
    , m_describe(std::move(describe))
{
}

std::optional<Value> NativeIterator::advance()
{
    if (!m_step)
        return std::nullopt;
    if (m_done)
        return std::nullopt;
    // Kept even once exhausted: a step may be running further up the stack (a map whose
    // function calls next() on the same map).
    std::optional<Value> item = m_step();
    if (!item)
        m_done = true;
    return item;
}

namespace py {

namespace {

std::string iteratorRepr(const Value &v)
{
    auto *it = v.as<NativeIterator>();
    if (it && it->describe())
        return it->describe()();
    return objectType()->slots.repr(v);
}

bool isStopOrIndex(const PyException &e)
{
    return e.isInstance(builtin::IndexError()) || e.isInstance(builtin::StopIteration());
}

} // namespace

TypeObject *makeIteratorType(const std::string &name, const std::string &module)
{
    TypeObject *type = makeBuiltinType(name, module, {});
    type->slots.iter = [](const Value &self) { return self; };
    type->slots.next = [](const Value &self) { return self.as<NativeIterator>()->advance(); };
    type->slots.repr = iteratorRepr;
    return type;
}

Value makeIterator(TypeObject *type, NativeIterator::Step step, std::function<std::string()> describe)
{
    return Value(make<NativeIterator>(type, std::move(step), std::move(describe)));
}

Value sequenceIterator(const Value &seq)
{
    static TypeObject *const type = makeIteratorType("iterator", "builtins");
    auto index = std::make_shared<int64_t>(0);
    return makeIterator(type, [seq, index]() -> std::optional<Value> {
        try {
            return getItem(seq, Value::integer((*index)++));
        } catch (const PyException &e) {
            if (isStopOrIndex(e))
                return std::nullopt;
            throw;
        }
    });
}

Value iterate(const Value &iterable)
{
    TypeObject *type = typeOf(iterable);
    if (!type->slots.iter && type->slots.getItem && !iterable.as<TypeObject>())
        return sequenceIterator(iterable);
    return iter(iterable);
}

Value callableIterator(const Value &callable, const Value &sentinel)
{
    static TypeObject *const type = makeIteratorType("callable_iterator", "builtins");
    return makeIterator(type, [callable, sentinel]() -> std::optional<Value> {
        Value r;
        try {
            r = call(callable, {});
        } catch (const PyException &e) {
            if (e.isInstance(builtin::StopIteration()))
                return std::nullopt;
            throw;
        }
        if (r.is(sentinel) || equals(r, sentinel))
            return std::nullopt;
        return r;
    });
}

namespace {

Value newEnumerate(TypeObject *cls, const CallArgs &args)
{
    auto a = parseArgs(args, "enumerate", {"iterable", "start"}, 0);
    if (!a.wasGiven(0))
        raise(builtin::TypeError(), "enumerate() missing required argument 'iterable'");
    Value it = iterate(a[0]);
    auto count = std::make_shared<int64_t>(a.wasGiven(1) ? toInt(a[1]) : 0);
    return makeIterator(cls, [it, count]() -> std::optional<Value> {
        auto item = next(it);
        if (!item)
            return std::nullopt;
        Value index = Value::integer(*count);
        if (__builtin_add_overflow(*count, 1, count.get()))
            raise(builtin::OverflowError(), "enumerate() counts beyond 64 bits are not supported in scenarios");
        return tuple({index, std::move(*item)});
    });
}

std::string zipMismatch(size_t i, const char *what)
{
    const std::string others = i == 1 ? " 1" : "s 1-" + std::to_string(i);
    return "zip() argument " + std::to_string(i + 1) + " is " + what + " than argument" + others;
}

// The strict check once iterator i has run out (CPython's zip_next).
void zipStrictCheck(const std::vector<Value> &its, size_t i)
{
    if (i)
        raise(builtin::ValueError(), zipMismatch(i, "shorter"));
    for (size_t j = 1; j < its.size(); ++j) {
        if (next(its[j]))
            raise(builtin::ValueError(), zipMismatch(j, "longer"));
    }
}

Value newZip(TypeObject *cls, const CallArgs &args)
{
    bool strict = false;
    for (const auto &[key, value] : args.keywords) {
        if (strText(key) != "strict")
            raise(builtin::TypeError(), "'" + strText(key) + "' is an invalid keyword argument for zip()");
        strict = truthy(value);
    }
    std::vector<Value> its;
    for (const Value &v : args.positional)
        its.push_back(iterate(v));
    return makeIterator(cls, [its, strict]() -> std::optional<Value> {
        if (its.empty())
            return std::nullopt;
        std::vector<Value> items;
        for (size_t i = 0; i < its.size(); ++i) {
            auto item = next(its[i]);
            if (!item) {
                if (strict)
                    zipStrictCheck(its, i);
                return std::nullopt;
            }
            items.push_back(std::move(*item));
        }
        return tuple(std::move(items));
    });
}

Value newMap(TypeObject *cls, const CallArgs &args)
{
    noKeywords(args, "map");
    if (args.positional.size() < 2)
        raise(builtin::TypeError(), "map() must have at least two arguments.");
    Value func = args.positional[0];
    std::vector<Value> its;
    for (size_t i = 1; i < args.positional.size(); ++i)
        its.push_back(iterate(args.positional[i]));
    return makeIterator(cls, [func, its]() -> std::optional<Value> {
        std::vector<Value> items;
        for (const Value &it : its) {
            auto item = next(it);
            if (!item)
                return std::nullopt;
            items.push_back(std::move(*item));
        }
        return callWith(func, items);
    });
}

Value newFilter(TypeObject *cls, const CallArgs &args)
{
    noKeywords(args, "filter");
    positionalCount(args, "filter", 2, 2);
    Value func = args.positional[0];
    Value it = iterate(args.positional[1]);
    return makeIterator(cls, [func, it]() -> std::optional<Value> {
        while (auto item = next(it)) {
            if (truthy(func.isNone() ? *item : call(func, {*item})))
                return item;
        }
        return std::nullopt;
    });
}

Value reverseSequence(TypeObject *cls, const Value &seq)
{
    auto index = std::make_shared<int64_t>(len(seq) - 1);
    return makeIterator(cls, [seq, index]() -> std::optional<Value> {
        if (*index < 0)
            return std::nullopt;
        try {
            return getItem(seq, Value::integer((*index)--));
        } catch (const PyException &e) {
            if (isStopOrIndex(e))
                return std::nullopt;
            throw;
        }
    });
}

Value newReversed(TypeObject *cls, const CallArgs &args)
{
    noKeywords(args, "reversed");
    positionalCount(args, "reversed", 1, 1);
    const Value &seq = args.positional[0];
    Value method;
    if (lookupSpecial(seq, "__reversed__", method)) {
        if (method.isNone())
            raiseNot(seq, "reversible");
        return call(method, {});
    }
    const TypeSlots &s = typeOf(seq)->slots;
    if (!s.getItem || !s.len || seq.as<TypeObject>() || isInstance(seq, dictType()))
        raiseNot(seq, "reversible");
    return reverseSequence(cls, seq);
}

} // namespace

} // namespace py

TypeObject *enumerateType()
{
    static TypeObject *const t = py::makeIteratorType("enumerate", "builtins");
    return t;
}

TypeObject *zipType()
{
    static TypeObject *const t = py::makeIteratorType("zip", "builtins");
    return t;
}

TypeObject *mapType()
{
    static TypeObject *const t = py::makeIteratorType("map", "builtins");
    return t;
}

TypeObject *filterType()
{
    static TypeObject *const t = py::makeIteratorType("filter", "builtins");
    return t;
}

TypeObject *reversedType()
{
    static TypeObject *const t = py::makeIteratorType("reversed", "builtins");
    return t;
}

namespace py {

void setupIteratorTypes()
{
    enumerateType()->slots.newInstance = newEnumerate;
    zipType()->slots.newInstance = newZip;
    mapType()->slots.newInstance = newMap;
    filterType()->slots.newInstance = newFilter;
    reversedType()->slots.newInstance = newReversed;
}

} // namespace py
} // namespace aw
