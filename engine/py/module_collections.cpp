// The `collections` module and its deque (the dict subclasses and namedtuple have their own
// files). Messages follow Modules/_collectionsmodule.c.

#include "module_collections.h"

#include "args.h"
#include "builtins_support.h"
#include "function.h"
#include "iterators.h"
#include "module.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/str.h"

#include <algorithm>

namespace aw::py {

namespace {

DequeObject &deq(const Value &v)
{
    return *v.as<DequeObject>();
}

void trimFront(DequeObject &d)
{
    while (d.maxlen >= 0 && static_cast<int64_t>(d.items.size()) > d.maxlen)
        d.items.pop_front();
}

void trimBack(DequeObject &d)
{
    while (d.maxlen >= 0 && static_cast<int64_t>(d.items.size()) > d.maxlen)
        d.items.pop_back();
}

void append(DequeObject &d, Value v)
{
    d.items.push_back(std::move(v));
    trimFront(d);
    ++d.state;
}

void appendLeft(DequeObject &d, Value v)
{
    d.items.push_front(std::move(v));
    trimBack(d);
    ++d.state;
}

std::vector<Value> itemsOf(const Value &iterable)
{
    if (auto *d = iterable.as<DequeObject>())
        return {d->items.begin(), d->items.end()};
    return collect(iterable);
}

Value dequeIterator(const Value &self, bool reversed)
{
    static TypeObject *const forward = makeIteratorType("_deque_iterator", "_collections");
    static TypeObject *const backward = makeIteratorType("_deque_reverse_iterator", "_collections");
    auto index = std::make_shared<size_t>(0);
    const uint64_t state = deq(self).state;
    return makeIterator(reversed ? backward : forward, [self, index, state, reversed]() -> std::optional<Value> {
        DequeObject &d = deq(self);
        if (d.state != state)
            raise(builtin::RuntimeError(), "deque mutated during iteration");
        if (*index >= d.items.size())
            return std::nullopt;
        const size_t i = (*index)++;
        return reversed ? d.items[d.items.size() - 1 - i] : d.items[i];
    });
}

size_t position(const DequeObject &d, const Value &key)
{
    Value hook;
    if (!isIntValue(key) && !typeOf(key)->lookup("__index__", hook))
        raise(builtin::TypeError(), "sequence index must be integer, not '" + typeName(key) + "'");
    int64_t i = toInt(key);
    const auto n = static_cast<int64_t>(d.items.size());
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        raise(builtin::IndexError(), "deque index out of range");
    return static_cast<size_t>(i);
}

// The index of the first item equal to x in [start, stop), or -1.
int64_t find(const DequeObject &d, const Value &x, int64_t start, int64_t stop)
{
    const auto n = static_cast<int64_t>(d.items.size());
    auto clamp = [n](int64_t i) { return i < 0 ? std::max<int64_t>(i + n, 0) : std::min(i, n); };
    for (int64_t i = clamp(start), end = clamp(stop); i < end && i < static_cast<int64_t>(d.items.size()); ++i) {
        const Value &item = d.items[static_cast<size_t>(i)];
        if (item.is(x) || equals(item, x))
            return i;
    }
    return -1;
}

void rotate(DequeObject &d, int64_t n)
{
    const auto size = static_cast<int64_t>(d.items.size());
    if (size <= 1)
        return;
    n = ((n % size) + size) % size;
    std::rotate(d.items.begin(), d.items.end() - n, d.items.end());
    ++d.state;
}

Value copyOf(const Value &self)
{
    auto copy = make<DequeObject>(typeOf(self));
    copy->items = deq(self).items;
    copy->maxlen = deq(self).maxlen;
    return Value(copy);
}

void defineMutators(TypeObject *t)
{
    defineMethod(t, "append", [](const Value &self, const CallArgs &args) {
        append(deq(self), oneArg(args, "append"));
        return Value();
    });
    defineMethod(t, "appendleft", [](const Value &self, const CallArgs &args) {
        appendLeft(deq(self), oneArg(args, "appendleft"));
        return Value();
    });
    defineMethod(t, "extend", [](const Value &self, const CallArgs &args) {
        for (Value &v : itemsOf(oneArg(args, "extend")))
            append(deq(self), std::move(v));
        return Value();
    });
    defineMethod(t, "extendleft", [](const Value &self, const CallArgs &args) {
        for (Value &v : itemsOf(oneArg(args, "extendleft")))
            appendLeft(deq(self), std::move(v));
        return Value();
    });
    auto pop = [](bool left) {
        return [left](const Value &self, const CallArgs &args) {
            noArgs(args, left ? "popleft" : "pop");
            DequeObject &d = deq(self);
            if (d.items.empty())
                raise(builtin::IndexError(), "pop from an empty deque");
            Value v = left ? d.items.front() : d.items.back();
            left ? d.items.pop_front() : d.items.pop_back();
            ++d.state;
            return v;
        };
    };
    defineMethod(t, "pop", pop(false));
    defineMethod(t, "popleft", pop(true));
    defineMethod(t, "rotate", [](const Value &self, const CallArgs &args) {
        auto a = parseArgs(args, "rotate", {"n"}, 0);
        rotate(deq(self), a.wasGiven(0) ? toInt(a[0]) : 1);
        return Value();
    });
    defineMethod(t, "clear", [](const Value &self, const CallArgs &args) {
        noArgs(args, "clear");
        deq(self).items.clear();
        ++deq(self).state;
        return Value();
    });
    defineMethod(t, "reverse", [](const Value &self, const CallArgs &args) {
        noArgs(args, "reverse");
        std::reverse(deq(self).items.begin(), deq(self).items.end());
        ++deq(self).state;
        return Value();
    });
}

void defineQueries(TypeObject *t)
{
    defineMethod(t, "count", [](const Value &self, const CallArgs &args) {
        const Value &x = oneArg(args, "count");
        int64_t n = 0;
        for (const Value &item : std::vector<Value>(deq(self).items.begin(), deq(self).items.end()))
            n += item.is(x) || equals(item, x);
        return Value::integer(n);
    });
    defineMethod(t, "index", [](const Value &self, const CallArgs &args) {
        noKeywords(args, "index");
        positionalCount(args, "index", 1, 3);
        const auto &p = args.positional;
        const int64_t i = find(deq(self), p[0], p.size() > 1 ? toInt(p[1]) : 0, p.size() > 2 ? toInt(p[2]) : INT64_MAX);
        if (i < 0)
            raise(builtin::ValueError(), repr(p[0]) + " is not in deque");
        return Value::integer(i);
    });
    defineMethod(t, "remove", [](const Value &self, const CallArgs &args) {
        const Value &x = oneArg(args, "remove");
        DequeObject &d = deq(self);
        const int64_t i = find(d, x, 0, INT64_MAX);
        if (i < 0)
            raise(builtin::ValueError(), repr(x) + " is not in deque");
        d.items.erase(d.items.begin() + i);
        ++d.state;
        return Value();
    });
    defineMethod(t, "insert", [](const Value &self, const CallArgs &args) {
        noKeywords(args, "insert");
        positionalCount(args, "insert", 2, 2);
        DequeObject &d = deq(self);
        if (d.maxlen >= 0 && static_cast<int64_t>(d.items.size()) >= d.maxlen)
            raise(builtin::IndexError(), "deque already at its maximum size");
        const auto n = static_cast<int64_t>(d.items.size());
        int64_t i = toInt(args.positional[0]);
        i = i < 0 ? std::max<int64_t>(i + n, 0) : std::min(i, n);
        d.items.insert(d.items.begin() + i, args.positional[1]);
        ++d.state;
        return Value();
    });
    defineMethod(t, "copy", [](const Value &self, const CallArgs &args) {
        noArgs(args, "copy");
        return copyOf(self);
    });
    defineMethod(t, "__reversed__", [](const Value &self, const CallArgs &args) {
        noArgs(args, "__reversed__");
        return dequeIterator(self, true);
    });
    defineGetSet(t, "maxlen", [](const Value &self) {
        return deq(self).maxlen < 0 ? Value() : Value::integer(deq(self).maxlen);
    });
}

void dequeInit(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "deque", {"iterable", "maxlen"}, 0);
    DequeObject &d = deq(self);
    Value hook;
    if (!a[1].isNone() && !isIntValue(a[1]) && !typeOf(a[1])->lookup("__index__", hook))
        raise(builtin::TypeError(), "an integer is required");
    d.maxlen = a[1].isNone() ? -1 : toInt(a[1]);
    if (!a[1].isNone() && d.maxlen < 0)
        raise(builtin::ValueError(), "maxlen must be non-negative");
    d.items.clear();
    ++d.state;
    if (a.wasGiven(0))
        for (Value &v : itemsOf(a[0]))
            append(d, std::move(v));
}

// Recursive reprs show `[...]` for a deque inside itself, as Py_ReprEnter arranges.
thread_local std::vector<const Object *> t_reprStack;

std::string dequeRepr(const Value &self)
{
    const DequeObject &d = deq(self);
    if (std::find(t_reprStack.begin(), t_reprStack.end(), &d) != t_reprStack.end())
        return "[...]";
    t_reprStack.push_back(&d);
    std::string body;
    try {
        for (const Value &item : std::vector<Value>(d.items.begin(), d.items.end()))
            body += (body.empty() ? "" : ", ") + repr(item);
    } catch (...) {
        t_reprStack.pop_back();
        throw;
    }
    t_reprStack.pop_back();
    const std::string bound = d.maxlen < 0 ? "" : ", maxlen=" + std::to_string(d.maxlen);
    return typeOf(self)->name() + "([" + body + "]" + bound + ")";
}

Value dequeCompare(const Value &a, const Value &b, CompareOp op)
{
    if (!b.as<DequeObject>())
        return notImplemented();
    const std::vector<Value> x(deq(a).items.begin(), deq(a).items.end());
    const std::vector<Value> y(deq(b).items.begin(), deq(b).items.end());
    size_t i = 0;
    while (i < x.size() && i < y.size() && (x[i].is(y[i]) || equals(x[i], y[i])))
        ++i;
    if (i < x.size() && i < y.size()) {
        if (op == CompareOp::Eq || op == CompareOp::Ne)
            return Value::boolean(op == CompareOp::Ne);
        return compare(x[i], y[i], op);
    }
    return compare(Value::integer(static_cast<int64_t>(x.size())), Value::integer(static_cast<int64_t>(y.size())), op);
}

Value dequeConcat(const Value &a, const Value &b)
{
    if (!a.as<DequeObject>())
        return notImplemented();
    if (!b.as<DequeObject>())
        raise(builtin::TypeError(), "can only concatenate deque (not \"" + typeName(b) + "\") to deque");
    Value result = copyOf(a);
    for (const Value &v : itemsOf(b))
        append(deq(result), v);
    return result;
}

Value dequeRepeat(const Value &a, const Value &b)
{
    const Value &self = a.as<DequeObject>() ? a : b;
    const Value &count = a.as<DequeObject>() ? b : a;
    if (!isIntValue(count))
        return notImplemented();
    Value result = copyOf(self);
    deq(result).items.clear();
    for (int64_t i = 0; i < count.asInt(); ++i)
        for (const Value &v : deq(self).items)
            append(deq(result), v);
    return result;
}

void setupDequeSlots(TypeSlots &s)
{
    s.newInstance = [](TypeObject *cls, const CallArgs &) { return Value(make<DequeObject>(cls)); };
    s.init = dequeInit;
    s.hash = nullptr;
    s.repr = dequeRepr;
    s.richCompare = dequeCompare;
    s.len = [](const Value &self) { return static_cast<int64_t>(deq(self).items.size()); };
    s.iter = [](const Value &self) { return dequeIterator(self, false); };
    s.getItem = [](const Value &self, const Value &key) { return deq(self).items[position(deq(self), key)]; };
    s.setItem = [](const Value &self, const Value &key, const Value &v) {
        deq(self).items[position(deq(self), key)] = v;
    };
    s.delItem = [](const Value &self, const Value &key) {
        DequeObject &d = deq(self);
        d.items.erase(d.items.begin() + static_cast<int64_t>(position(d, key)));
        ++d.state;
    };
    s.binary[static_cast<int>(BinaryOp::Add)] = dequeConcat;
    s.binary[static_cast<int>(BinaryOp::Mul)] = dequeRepeat;
    s.inplace[static_cast<int>(BinaryOp::Add)] = [](const Value &a, const Value &b) {
        for (Value &v : itemsOf(b))
            append(deq(a), std::move(v));
        return a;
    };
}

} // namespace

TypeObject *dequeType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("deque", "collections", {});
        setupDequeSlots(type->slots);
        defineMutators(type);
        defineQueries(type);
        return type;
    }();
    return t;
}

void initCollectionsModule(ModuleObject &m)
{
    m.set("deque", Value(dequeType()));
    addDictSubclasses(m);
    addNamedTuple(m);
}

} // namespace aw::py
