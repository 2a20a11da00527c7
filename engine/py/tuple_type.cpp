// tuple: slots and methods.

#include "args.h"
#include "class_object.h"
#include "container_setup.h"
#include "function.h"
#include "hashing.h"
#include "protocol.h"
#include "sequence_util.h"
#include "slice.h"

#include "core/run_meter.h"

namespace aw::py {

namespace {

// Instances of scenario classes deriving from tuple (namedtuple-like classes).
class TupleInstance : public TupleObject {
public:
    TupleInstance(TypeObject *cls, std::vector<Value> items) : TupleObject(std::move(items)) { setType(cls); }
    Ref<Object> *attributeSlot() noexcept override { return &m_dict; }

private:
    Ref<Object> m_dict;
};

class TupleIterator : public Object {
public:
    TupleIterator(TypeObject *type, Ref<TupleObject> tuple) : Object(type), tuple(std::move(tuple)) {}
    Ref<TupleObject> tuple; // null once exhausted
    size_t index = 0;
};

TypeObject *tupleIteratorType()
{
    static TypeObject *const t = makeBuiltinType("tuple_iterator", "builtins", {});
    return t;
}

const std::vector<Value> &items(const Value &v)
{
    return v.as<TupleObject>()->items();
}

std::string tupleRepr(const Value &self)
{
    const auto &v = items(self);
    if (v.empty())
        return "()";
    ReprGuard guard(self.asObject());
    if (guard.recursive())
        return "(...)";
    return "(" + joinReprs(v) + (v.size() == 1 ? ",)" : ")");
}

Value tupleGetItem(const Value &self, const Value &key)
{
    const auto &v = items(self);
    if (key.as<SliceObject>())
        return tuple(sliceItems(v, key));
    int64_t i = asIndex(key, "tuple");
    if (i < 0)
        i += static_cast<int64_t>(v.size());
    if (i < 0 || i >= static_cast<int64_t>(v.size()))
        raise(builtin::IndexError(), "tuple index out of range");
    return v[static_cast<size_t>(i)];
}

Value concat(const Value &a, const Value &b)
{
    if (!a.as<TupleObject>())
        return notImplemented();
    if (!b.as<TupleObject>()) {
        if (mayHandleReflected(b, BinaryOp::Add))
            return notImplemented();
        raise(builtin::TypeError(), "can only concatenate tuple (not \"" + typeOf(b)->name() + "\") to tuple");
    }
    std::vector<Value> out = items(a);
    out.insert(out.end(), items(b).begin(), items(b).end());
    return tuple(std::move(out));
}

Value repeat(const Value &a, const Value &b)
{
    const bool leftIsTuple = a.as<TupleObject>() != nullptr;
    const Value &seq = leftIsTuple ? a : b;
    const Value &n = leftIsTuple ? b : a;
    auto count = repeatCount(n);
    if (!count) {
        if (leftIsTuple && mayHandleReflected(n, BinaryOp::Mul))
            return notImplemented();
        raiseCannotMultiply(n);
    }
    const auto &v = items(seq);
    if (*count == 1 && typeOf(seq) == tupleType())
        return seq;
    if (*count <= 0 || v.empty())
        return tuple({});
    if (*count > (int64_t(1) << 32) / static_cast<int64_t>(v.size()))
        throw PyException(make<ExceptionObject>(builtin::MemoryError(), std::vector<Value>{}));
    RunMeter::reserve(v.size() * static_cast<size_t>(*count) * sizeof(Value));
    std::vector<Value> out;
    out.reserve(v.size() * static_cast<size_t>(*count));
    for (int64_t i = 0; i < *count; ++i)
        out.insert(out.end(), v.begin(), v.end());
    return tuple(std::move(out));
}

std::optional<bool> tupleContains(const Value &self, const Value &x)
{
    for (const Value &item : items(self)) {
        if (sameOrEqual(item, x))
            return true;
    }
    return false;
}

std::optional<Value> iteratorNext(const Value &it)
{
    auto *i = it.as<TupleIterator>();
    if (!i->tuple)
        return std::nullopt;
    if (i->index < i->tuple->items().size())
        return i->tuple->items()[i->index++];
    i->tuple = nullptr;
    return std::nullopt;
}

Value makeTuple(TypeObject *cls, const Value *iterable)
{
    if (cls == tupleType()) {
        if (iterable && typeOf(*iterable) == tupleType())
            return *iterable;
        return tuple(iterable ? collect(*iterable) : std::vector<Value>{});
    }
    return Value(make<TupleInstance>(cls, iterable ? collect(*iterable) : std::vector<Value>{}));
}

Value newTuple(TypeObject *cls, const CallArgs &args)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), "tuple() takes no keyword arguments");
    checkPositional(args, "tuple", 0, 1);
    return makeTuple(cls, args.positional.empty() ? nullptr : &args.positional[0]);
}

// tuple.__new__(cls, iterable=()): what a subclass's __new__ calls through super().
Value tupleDunderNew(const Value &, const CallArgs &args)
{
    if (args.positional.empty())
        raise(builtin::TypeError(), "tuple.__new__(): not enough arguments");
    auto *cls = args.positional[0].as<TypeObject>();
    if (!cls || !cls->isSubtypeOf(tupleType()))
        raise(builtin::TypeError(), "tuple.__new__(X): X is not a subtype of tuple");
    return newTuple(cls, CallArgs{args.positional.subspan(1), args.keywords});
}

Value count(const Value &self, const CallArgs &args)
{
    const auto &t = selfAs<TupleObject>(self, "count", tupleType());
    const Value &x = oneArg(args, "tuple.count");
    int64_t n = 0;
    for (const Value &item : t.items())
        n += sameOrEqual(item, x) ? 1 : 0;
    return Value::integer(n);
}

Value index(const Value &self, const CallArgs &args)
{
    const auto &t = selfAs<TupleObject>(self, "index", tupleType());
    checkPositional(args, "index", 1, 3);
    const auto &v = t.items();
    auto [start, stop] = searchBounds(args.positional.subspan(1), static_cast<int64_t>(v.size()));
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(v.size()); ++i) {
        if (sameOrEqual(v[static_cast<size_t>(i)], args.positional[0]))
            return Value::integer(i);
    }
    raise(builtin::ValueError(), "tuple.index(x): x not in tuple");
}

} // namespace

void setupTuple()
{
    TypeSlots &s = tupleType()->slots;
    s.repr = tupleRepr;
    s.hash = [](const Value &v) { return tupleHash(items(v)); };
    s.richCompare = [](const Value &a, const Value &b, CompareOp op) {
        if (!b.as<TupleObject>())
            return notImplemented();
        return compareSequences(items(a), items(b), op);
    };
    s.len = [](const Value &v) { return static_cast<int64_t>(items(v).size()); };
    s.getItem = tupleGetItem;
    s.contains = tupleContains;
    s.iter = [](const Value &v) {
        return Value(make<TupleIterator>(tupleIteratorType(), Ref<TupleObject>(v.as<TupleObject>())));
    };
    s.binary[static_cast<int>(BinaryOp::Add)] = concat;
    s.binary[static_cast<int>(BinaryOp::Mul)] = repeat;
    s.newInstance = newTuple;
    tupleIteratorType()->slots.iter = [](const Value &v) { return v; };
    tupleIteratorType()->slots.next = iteratorNext;
    defineMethod(tupleType(), "count", count);
    defineMethod(tupleType(), "index", index);
    tupleType()->setAttr("__new__", call(Value(staticMethodType()), {builtinFunction("__new__", tupleDunderNew)}));
}

} // namespace aw::py
