#include "sequence_util.h"

#include "bigint_value.h"

#include "args.h"
#include "core/containers.h"
#include "core/exception.h"
#include "core/str.h"
#include "function.h"
#include "protocol.h"

#include <algorithm>

namespace aw::py {

bool sameOrEqual(const Value &a, const Value &b)
{
    return a.is(b) || equals(a, b);
}

namespace {

bool compareSizes(size_t a, size_t b, CompareOp op)
{
    switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
    }
    return false;
}

} // namespace

Value compareSequences(const std::vector<Value> &a, const std::vector<Value> &b, CompareOp op)
{
    if (a.size() != b.size() && (op == CompareOp::Eq || op == CompareOp::Ne))
        return Value::boolean(op == CompareOp::Ne);
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        // Copies: the comparison may mutate either list.
        Value x = a[i];
        Value y = b[i];
        if (sameOrEqual(x, y))
            continue;
        if (op == CompareOp::Eq || op == CompareOp::Ne)
            return Value::boolean(op == CompareOp::Ne);
        return compare(x, y, op);
    }
    return Value::boolean(compareSizes(a.size(), b.size(), op));
}

std::vector<Value> collect(const Value &iterable)
{
    if (auto *l = iterable.as<ListObject>())
        return l->items();
    if (auto *t = iterable.as<TupleObject>())
        return t->items();
    std::vector<Value> out;
    Value it = iter(iterable);
    while (auto x = next(it))
        out.push_back(std::move(*x));
    return out;
}

std::vector<Value> fastSequence(const Value &v, const char *message)
{
    if (v.as<ListObject>() || v.as<TupleObject>())
        return collect(v);
    Value it;
    try {
        it = iter(v);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::TypeError()))
            throw;
        raise(builtin::TypeError(), message);
    }
    std::vector<Value> out;
    while (auto x = next(it))
        out.push_back(std::move(*x));
    return out;
}

namespace {
thread_local std::vector<const Object *> t_reprStack;
} // namespace

ReprGuard::ReprGuard(const Object *object)
    : m_object(object)
    , m_recursive(std::find(t_reprStack.begin(), t_reprStack.end(), object) != t_reprStack.end())
{
    if (!m_recursive)
        t_reprStack.push_back(object);
}

ReprGuard::~ReprGuard()
{
    if (m_recursive)
        return;
    auto it = std::find(t_reprStack.rbegin(), t_reprStack.rend(), m_object);
    if (it != t_reprStack.rend())
        t_reprStack.erase(std::next(it).base());
}

std::string joinReprs(const std::vector<Value> &items)
{
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        Value item = items[i];
        out += repr(item);
    }
    return out;
}

namespace {

int64_t indexOrRaise(const Value &v, const char *message)
{
    if (v.isInt() || v.isBool())
        return v.asInt();
    // Slice bounds beyond any length clamp, as _PyEval_SliceIndex does.
    if (auto *big = v.as<BigIntObject>())
        return big->value().isNegative() ? INT64_MIN : INT64_MAX;
    Value hook;
    if (!v.isFloat() && typeOf(v)->lookup("__index__", hook))
        return toInt(v);
    raise(builtin::TypeError(), message);
}

} // namespace

int64_t sliceIndex(const Value &v)
{
    return indexOrRaise(v, "slice indices must be integers or None or have an __index__ method");
}

int64_t sliceIndexNotNone(const Value &v)
{
    return indexOrRaise(v, "slice indices must be integers or have an __index__ method");
}

std::pair<int64_t, int64_t> searchBounds(std::span<const Value> args, int64_t size)
{
    int64_t start = args.size() > 0 ? sliceIndexNotNone(args[0]) : 0;
    int64_t stop = args.size() > 1 ? sliceIndexNotNone(args[1]) : INT64_MAX;
    if (start < 0)
        start = std::max<int64_t>(start + size, 0);
    if (stop < 0)
        stop = std::max<int64_t>(stop + size, 0);
    return {start, stop};
}

std::optional<int64_t> repeatCount(const Value &n)
{
    if (n.isInt() || n.isBool())
        return n.asInt();
    Value hook;
    if (n.isObject() && typeOf(n)->lookup("__index__", hook))
        return toInt(n);
    return std::nullopt;
}

[[noreturn]] void raiseCannotMultiply(const Value &n)
{
    raise(builtin::TypeError(), "can't multiply sequence by non-int of type '" + typeOf(n)->name() + "'");
}

bool mayHandleReflected(const Value &other, BinaryOp op)
{
    TypeObject *t = typeOf(other);
    return t->isHeapType() && t->slots.binary[static_cast<int>(op)] != nullptr;
}

int64_t unhashable(const Value &v)
{
    raise(builtin::TypeError(), "unhashable type: '" + typeOf(v)->name() + "'");
}

[[noreturn]] void raiseKeyError(const Value &key)
{
    throw PyException(make<ExceptionObject>(builtin::KeyError(), std::vector<Value>{key}));
}

void checkPositional(const CallArgs &args, std::string_view name, size_t min, size_t max)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), std::string(name) + "() takes no keyword arguments");
    const size_t n = args.positional.size();
    auto plural = [](size_t k) { return std::to_string(k) + (k == 1 ? " argument" : " arguments"); };
    if (min == max && n != min)
        raise(builtin::TypeError(), std::string(name) + " expected " + plural(min) + ", got " + std::to_string(n));
    if (n < min)
        raise(builtin::TypeError(), std::string(name) + " expected at least " + plural(min) + ", got " + std::to_string(n));
    if (n > max)
        raise(builtin::TypeError(), std::string(name) + " expected at most " + plural(max) + ", got " + std::to_string(n));
}

} // namespace aw::py
