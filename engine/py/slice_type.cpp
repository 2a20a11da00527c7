// slice: construction, attributes, indices(), repr and comparison.

#include "slice.h"

#include "args.h"
#include "container_setup.h"
#include "core/containers.h"
#include "core/str.h"
#include "function.h"
#include "protocol.h"
#include "sequence_util.h"
#include "type_setup.h"

namespace aw {

TypeObject *sliceType()
{
    static TypeObject *const t = makeBuiltinType("slice", "builtins", {});
    return t;
}

SliceObject::SliceObject(Value start, Value stop, Value step)
    : Object(sliceType())
    , start(std::move(start))
    , stop(std::move(stop))
    , step(std::move(step))
{
}

namespace {

constexpr int64_t kMax = INT64_MAX;
constexpr int64_t kMin = INT64_MIN;

// _PyEval_SliceIndex: None keeps the default.
int64_t boundOr(const Value &v, int64_t fallback)
{
    return v.isNone() ? fallback : py::sliceIndex(v);
}

} // namespace

std::tuple<int64_t, int64_t, int64_t, int64_t> SliceObject::indices(int64_t length) const
{
    int64_t st = boundOr(step, 1);
    if (st == 0)
        py::raise(builtin::ValueError(), "slice step cannot be zero");
    // -step must not overflow (CPython clamps to -PY_SSIZE_T_MAX the same way).
    if (st < -kMax)
        st = -kMax;
    int64_t b = boundOr(start, st < 0 ? kMax : 0);
    int64_t e = boundOr(stop, st < 0 ? kMin : kMax);
    auto adjust = [&](int64_t &i) {
        if (i < 0) {
            i += length;
            if (i < 0)
                i = st < 0 ? -1 : 0;
        } else if (i >= length) {
            i = st < 0 ? length - 1 : length;
        }
    };
    adjust(b);
    adjust(e);
    int64_t count = 0;
    if (st < 0 && e < b)
        count = (b - e - 1) / (-st) + 1;
    else if (st > 0 && b < e)
        count = (e - b - 1) / st + 1;
    return {b, e, st, count};
}

namespace py {

namespace {

SliceObject *self(const Value &v)
{
    return v.as<SliceObject>();
}

Value newSlice(TypeObject *, const CallArgs &args)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), "slice() takes no keyword arguments");
    const auto n = args.positional.size();
    if (n == 0)
        raise(builtin::TypeError(), "slice expected at least 1 argument, got 0");
    if (n > 3)
        raise(builtin::TypeError(), "slice expected at most 3 arguments, got " + std::to_string(n));
    if (n == 1)
        return makeSlice(Value(), args.positional[0]);
    return makeSlice(args.positional[0], args.positional[1], n == 3 ? args.positional[2] : Value());
}

Value sliceTuple(const Value &v)
{
    return aw::tuple({self(v)->start, self(v)->stop, self(v)->step});
}

Value compareSlices(const Value &a, const Value &b, CompareOp op)
{
    if (!b.as<SliceObject>())
        return notImplemented();
    return compare(sliceTuple(a), sliceTuple(b), op);
}

bool sliceAttr(const Value &v, const Value &name, Value &out)
{
    const std::string &n = strText(name);
    if (n == "start")
        out = self(v)->start;
    else if (n == "stop")
        out = self(v)->stop;
    else if (n == "step")
        out = self(v)->step;
    else
        return false;
    return true;
}

Value sliceIndices(const Value &v, const CallArgs &args)
{
    const int64_t length = toInt(oneArg(args, "slice.indices"));
    if (length < 0)
        raise(builtin::ValueError(), "length should not be negative");
    auto [start, stop, step, count] = self(v)->indices(length);
    (void)count;
    return aw::tuple({Value::integer(start), Value::integer(stop), Value::integer(step)});
}

} // namespace

void setupSlice()
{
    TypeSlots &s = sliceType()->slots;
    s.newInstance = newSlice;
    s.repr = [](const Value &v) {
        return "slice(" + repr(self(v)->start) + ", " + repr(self(v)->stop) + ", " + repr(self(v)->step) + ")";
    };
    s.richCompare = compareSlices;
    s.hash = unhashable;
    s.getAttr = sliceAttr;
    sliceType()->setAttr("__hash__", Value());
    defineMethod(sliceType(), "indices", sliceIndices);
}

} // namespace py
} // namespace aw
