// Built-in functions over iterables: all, any, iter, next, len, max, min, sorted, sum.

#include "args.h"
#include "builtins_support.h"
#include "dict.h"
#include "function.h"
#include "iterators.h"
#include "protocol.h"

#include "core/containers.h"
#include "core/str.h"

namespace aw::py {

namespace {

Value builtinAll(const Value &, const CallArgs &args)
{
    Value it = iterate(oneArg(args, "all"));
    while (auto item = next(it)) {
        if (!truthy(*item))
            return Value::boolean(false);
    }
    return Value::boolean(true);
}

Value builtinAny(const Value &, const CallArgs &args)
{
    Value it = iterate(oneArg(args, "any"));
    while (auto item = next(it)) {
        if (truthy(*item))
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value builtinIter(const Value &, const CallArgs &args)
{
    noKeywords(args, "iter");
    positionalCount(args, "iter", 1, 2);
    if (args.positional.size() == 1)
        return iterate(args.positional[0]);
    const Value &callable = args.positional[0];
    if (!typeOf(callable)->slots.call)
        raise(builtin::TypeError(), "iter(v, w): v must be callable");
    return callableIterator(callable, args.positional[1]);
}

Value builtinNext(const Value &, const CallArgs &args)
{
    noKeywords(args, "next");
    positionalCount(args, "next", 1, 2);
    const Value &it = args.positional[0];
    if (!typeOf(it)->slots.next)
        raiseNot(it, "an iterator");
    if (auto item = next(it))
        return *item;
    if (args.positional.size() == 2)
        return args.positional[1];
    raise(builtin::StopIteration(), "");
}

// max() and min(): CPython's min_max, keeping the first of equal extremes.
Value minMax(const CallArgs &args, const char *name, CompareOp op)
{
    const std::string fn(name);
    if (args.positional.empty())
        raise(builtin::TypeError(), fn + " expected at least 1 argument, got 0");
    onlyKeywords(args, fn, {"key", "default"});
    const Value *key = keyword(args, "key");
    const Value *dflt = keyword(args, "default");
    if (args.positional.size() > 1 && dflt)
        raise(builtin::TypeError(), "Cannot specify a default for " + fn + "() with multiple positional arguments");
    std::optional<Value> best;
    Value bestKey;
    auto consider = [&](const Value &item) {
        Value k = key && !key->isNone() ? call(*key, {item}) : item;
        if (!best || truthy(compare(k, bestKey, op))) {
            best = item;
            bestKey = std::move(k);
        }
    };
    if (args.positional.size() == 1) {
        Value it = iterate(args.positional[0]);
        while (auto item = next(it))
            consider(*item);
    } else {
        for (const Value &item : args.positional)
            consider(item);
    }
    if (best)
        return *best;
    if (dflt)
        return *dflt;
    raise(builtin::ValueError(), fn + "() arg is an empty sequence");
}

Value builtinSorted(const Value &, const CallArgs &args)
{
    positionalCount(args, "sorted", 1, 1);
    Value result = call(Value(listType()), {args.positional[0]});
    call(getAttr(result, "sort"), CallArgs{{}, args.keywords});
    return result;
}

Value builtinSum(const Value &, const CallArgs &args)
{
    if (args.positional.empty())
        raise(builtin::TypeError(), "sum() takes at least 1 positional argument (0 given)");
    onlyKeywords(args, "sum", {"start"});
    if (args.positional.size() > 2)
        raise(builtin::TypeError(),
              "sum() takes at most 2 arguments (" + std::to_string(args.positional.size()) + " given)");
    const Value *start = args.positional.size() == 2 ? &args.positional[1] : keyword(args, "start");
    Value total = start ? *start : Value::integer(0);
    if (total.as<StrObject>())
        raise(builtin::TypeError(), "sum() can't sum strings [use ''.join(seq) instead]");
    Value it = iterate(args.positional[0]);
    while (auto item = next(it))
        total = binary(total, *item, BinaryOp::Add);
    return total;
}

} // namespace

void addIterBuiltins(DictObject &builtins)
{
    auto def = [&builtins](const char *name, BuiltinFunctionFn fn) {
        builtins.setStr(name, builtinFunction(name, std::move(fn)));
    };
    def("all", builtinAll);
    def("any", builtinAny);
    def("iter", builtinIter);
    def("next", builtinNext);
    def("len", [](const Value &, const CallArgs &args) { return Value::integer(len(oneArg(args, "len"))); });
    def("max", [](const Value &, const CallArgs &args) { return minMax(args, "max", CompareOp::Gt); });
    def("min", [](const Value &, const CallArgs &args) { return minMax(args, "min", CompareOp::Lt); });
    def("sorted", builtinSorted);
    def("sum", builtinSum);
}

} // namespace aw::py
