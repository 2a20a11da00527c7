// range: a lazy arithmetic sequence, and its iterator.

#include "args.h"
#include "bigint_value.h"
#include "builtin_types.h"
#include "container_setup.h"
#include "core/str.h"
#include "function.h"
#include "hashing.h"
#include "protocol.h"
#include "sequence_util.h"
#include "slice.h"
#include "type_setup.h"

namespace aw {

TypeObject *rangeType()
{
    static TypeObject *const t = makeBuiltinType("range", "builtins", {});
    return t;
}

namespace py {

namespace {

__extension__ typedef __int128 Wide;

// Lengths reach 2**64 - 1 (range(-2**63, 2**63 - 1)), hence unsigned.
uint64_t rangeLength(int64_t start, int64_t stop, int64_t step)
{
    Wide lo = start;
    Wide hi = stop;
    Wide st = step;
    if (step < 0) {
        std::swap(lo, hi);
        st = -st;
    }
    return lo >= hi ? 0 : static_cast<uint64_t>((hi - lo - 1) / st + 1);
}

class RangeObject : public Object {
public:
    RangeObject(int64_t start, int64_t stop, int64_t step)
        : Object(rangeType()), start(start), stop(stop), step(step), length(rangeLength(start, stop, step)) {}
    const int64_t start;
    const int64_t stop;
    const int64_t step;
    const uint64_t length;

    // The item at `i` (0 <= i <= length): may be one step past the end, which still fits
    // in 64 bits for every range whose bounds do.
    Wide at(Wide i) const { return Wide(start) + i * Wide(step); }
};

class RangeIterator : public Object {
public:
    RangeIterator(TypeObject *type, Wide first, Wide step, uint64_t length)
        : Object(type), first(first), step(step), length(length) {}
    Wide first;
    Wide step;
    uint64_t length;
    uint64_t index = 0;
};

TypeObject *rangeIteratorType()
{
    static TypeObject *const t = makeBuiltinType("range_iterator", "builtins", {});
    return t;
}

const RangeObject &self(const Value &v)
{
    return *v.as<RangeObject>();
}

int64_t narrow(Wide v)
{
    if (v > INT64_MAX || v < INT64_MIN)
        raise(builtin::OverflowError(), "Python int too large to convert to C ssize_t");
    return static_cast<int64_t>(v);
}

int64_t rangeLen(const Value &v)
{
    return narrow(self(v).length);
}

Value newRange(TypeObject *, const CallArgs &args)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), "range() takes no keyword arguments");
    checkPositional(args, "range", 1, 3);
    const auto &p = args.positional;
    for (const Value &bound : p) {
        if (bound.as<BigIntObject>())
            raise(builtin::OverflowError(), "range() arguments beyond 64 bits are not supported in scenarios");
    }
    if (p.size() == 1)
        return Value(make<RangeObject>(0, toInt(p[0]), 1));
    const int64_t start = toInt(p[0]);
    const int64_t stop = toInt(p[1]);
    const int64_t step = p.size() == 3 ? toInt(p[2]) : 1;
    if (step == 0)
        raise(builtin::ValueError(), "range() arg 3 must not be zero");
    return Value(make<RangeObject>(start, stop, step));
}

std::string rangeRepr(const Value &v)
{
    const RangeObject &r = self(v);
    std::string out = "range(" + std::to_string(r.start) + ", " + std::to_string(r.stop);
    if (r.step != 1)
        out += ", " + std::to_string(r.step);
    return out + ")";
}

Value rangeGetItem(const Value &v, const Value &key)
{
    const RangeObject &r = self(v);
    if (auto *slice = key.as<SliceObject>()) {
        auto [start, stop, step, count] = slice->indices(rangeLen(v));
        (void)count;
        return Value(make<RangeObject>(narrow(r.at(start)), narrow(r.at(stop)), narrow(Wide(r.step) * step)));
    }
    Wide i = asIndex(key, "range");
    if (i < 0)
        i += r.length;
    if (i < 0 || i >= Wide(r.length))
        raise(builtin::IndexError(), "range object index out of range");
    return Value::integer(static_cast<int64_t>(r.at(i)));
}

// range_contains_long: arithmetic, no iteration.
bool containsInt(const RangeObject &r, int64_t x)
{
    const bool inBounds = r.step > 0 ? r.start <= x && x < r.stop : r.stop < x && x <= r.start;
    return inBounds && (Wide(x) - r.start) % r.step == 0;
}

std::optional<bool> rangeContains(const Value &v, const Value &x)
{
    if (x.isInt() || x.isBool())
        return containsInt(self(v), x.asInt());
    return std::nullopt;
}

Value rangeCompare(const Value &a, const Value &b, CompareOp op)
{
    auto *o = b.as<RangeObject>();
    if (!o || (op != CompareOp::Eq && op != CompareOp::Ne))
        return notImplemented();
    const RangeObject &r = self(a);
    bool equal = r.length == o->length;
    if (equal && r.length > 0)
        equal = r.start == o->start && (r.length == 1 || r.step == o->step);
    return Value::boolean(equal == (op == CompareOp::Eq));
}

int64_t rangeHash(const Value &v)
{
    const RangeObject &r = self(v);
    const Value length = Value::integer(narrow(r.length));
    std::vector<Value> t{length, Value(), Value()};
    if (r.length > 0) {
        t[1] = Value::integer(r.start);
        if (r.length != 1)
            t[2] = Value::integer(r.step);
    }
    return tupleHash(t);
}

bool rangeAttr(const Value &v, const Value &name, Value &out)
{
    const std::string &n = strText(name);
    const RangeObject &r = self(v);
    if (n == "start")
        out = Value::integer(r.start);
    else if (n == "stop")
        out = Value::integer(r.stop);
    else if (n == "step")
        out = Value::integer(r.step);
    else
        return false;
    return true;
}

std::optional<Value> iteratorNext(const Value &it)
{
    auto *i = it.as<RangeIterator>();
    if (i->index >= i->length)
        return std::nullopt;
    const Wide value = i->first + Wide(i->index++) * i->step;
    return Value::integer(static_cast<int64_t>(value));
}

Value iterate(const Value &v)
{
    const RangeObject &r = self(v);
    return Value(make<RangeIterator>(rangeIteratorType(), r.start, r.step, r.length));
}

Value reversedRange(const Value &v, const CallArgs &args)
{
    const RangeObject &r = selfAs<RangeObject>(v, "__reversed__", rangeType());
    noArgs(args, "range.__reversed__");
    const Wide last = r.length == 0 ? Wide(r.start) : r.at(Wide(r.length) - 1);
    return Value(make<RangeIterator>(rangeIteratorType(), last, -Wide(r.step), r.length));
}

Value countOf(const Value &v, const CallArgs &args)
{
    const RangeObject &r = selfAs<RangeObject>(v, "count", rangeType());
    const Value &x = oneArg(args, "range.count");
    if (x.isInt() || x.isBool())
        return Value::integer(containsInt(r, x.asInt()) ? 1 : 0);
    int64_t n = 0;
    Value it = iterate(v);
    while (auto item = next(it))
        n += sameOrEqual(*item, x) ? 1 : 0;
    return Value::integer(n);
}

Value indexOf(const Value &v, const CallArgs &args)
{
    const RangeObject &r = selfAs<RangeObject>(v, "index", rangeType());
    const Value &x = oneArg(args, "range.index");
    if (x.isInt() || x.isBool()) {
        if (!containsInt(r, x.asInt()))
            raise(builtin::ValueError(), repr(x) + " is not in range");
        return Value::integer(static_cast<int64_t>((Wide(x.asInt()) - r.start) / r.step));
    }
    int64_t i = 0;
    Value it = iterate(v);
    for (; auto item = next(it); ++i) {
        if (sameOrEqual(*item, x))
            return Value::integer(i);
    }
    raise(builtin::ValueError(), "sequence.index(x): x not in sequence");
}

} // namespace

void setupRange()
{
    TypeSlots &s = rangeType()->slots;
    s.newInstance = newRange;
    s.repr = rangeRepr;
    s.len = rangeLen;
    s.truthy = [](const Value &v) { return self(v).length != 0; };
    s.getItem = rangeGetItem;
    s.contains = rangeContains;
    s.richCompare = rangeCompare;
    s.hash = rangeHash;
    s.getAttr = rangeAttr;
    s.iter = iterate;
    rangeIteratorType()->slots.iter = [](const Value &v) { return v; };
    rangeIteratorType()->slots.next = iteratorNext;
    defineMethod(rangeType(), "__reversed__", reversedRange);
    defineMethod(rangeType(), "count", countOf);
    defineMethod(rangeType(), "index", indexOf);
}

void setupRangeAndSlice()
{
    setupRange();
    setupSlice();
}

} // namespace py
} // namespace aw
