// The `itertools` module: lazy iterators, consuming their inputs exactly as
// Modules/itertoolsmodule.c does (which matters when an input is shared). The
// combinatoric ones are in module_itertools_combinatorics.cpp.

#include "args.h"
#include "builtins_support.h"
#include "iterators.h"
#include "function.h"
#include "module.h"
#include "module_itertools.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"

#include <map>
#include <memory>
#include <mutex>

namespace aw::py {

TypeObject *itertoolsType(const std::string &name, Value (*create)(TypeObject *, const CallArgs &))
{
    static std::mutex lock;
    // Never destroyed, like the types it holds.
    static auto *const types = new std::map<std::string, TypeObject *>;
    std::lock_guard guard(lock);
    TypeObject *&t = (*types)[name];
    if (!t) {
        t = makeIteratorType(name, "itertools");
        t->slots.newInstance = create;
    }
    return t;
}

namespace {

using Step = NativeIterator::Step;

Value newCount(TypeObject *cls, const CallArgs &args)
{
    auto a = parseArgs(args, "count", {"start", "step"}, 0);
    struct State {
        Value next, step;
    };
    auto s = std::make_shared<State>(
        State{a.wasGiven(0) ? a[0] : Value::integer(0), a.wasGiven(1) ? a[1] : Value::integer(1)});
    auto describe = [s] {
        const bool unitStep = s->step.isInt() && s->step.asInt() == 1;
        return "count(" + repr(s->next) + (unitStep ? "" : ", " + repr(s->step)) + ")";
    };
    return makeIterator(cls, [s]() -> std::optional<Value> {
        Value current = s->next;
        s->next = binary(current, s->step, BinaryOp::Add);
        return current;
    }, describe);
}

Value newCycle(TypeObject *cls, const CallArgs &args)
{
    noKeywords(args, "cycle");
    positionalCount(args, "cycle", 1, 1);
    struct State {
        Value it;
        std::vector<Value> saved;
        size_t index = 0;
        bool replaying = false;
    };
    auto s = std::make_shared<State>(State{iterate(args.positional[0]), {}, 0, false});
    return makeIterator(cls, [s]() -> std::optional<Value> {
        if (!s->replaying) {
            if (auto item = next(s->it)) {
                s->saved.push_back(*item);
                return item;
            }
            s->replaying = true;
        }
        if (s->saved.empty())
            return std::nullopt;
        const Value &item = s->saved[s->index];
        s->index = (s->index + 1) % s->saved.size();
        return item;
    });
}

Value newRepeat(TypeObject *cls, const CallArgs &args)
{
    auto a = parseArgs(args, "repeat", {"object", "times"}, 1);
    const Value object = a[0];
    auto remaining = std::make_shared<int64_t>(a[1].isNone() ? -1 : std::max<int64_t>(toInt(a[1]), 0));
    auto describe = [object, remaining] {
        return "repeat(" + repr(object) + (*remaining < 0 ? "" : ", " + std::to_string(*remaining)) + ")";
    };
    return makeIterator(cls, [object, remaining]() -> std::optional<Value> {
        if (*remaining == 0)
            return std::nullopt;
        if (*remaining > 0)
            --*remaining;
        return object;
    }, describe);
}

// chain over a source of iterables, opening each when the previous one runs out.
Value chainOver(TypeObject *cls, Step sources)
{
    auto current = std::make_shared<Value>();
    return makeIterator(cls, [sources, current]() -> std::optional<Value> {
        for (;;) {
            if (!current->isNone()) {
                if (auto item = next(*current))
                    return item;
            }
            auto source = sources();
            if (!source)
                return std::nullopt;
            *current = iterate(*source);
        }
    });
}

Value newChain(TypeObject *cls, const CallArgs &args)
{
    noKeywords(args, "chain");
    auto index = std::make_shared<size_t>(0);
    std::vector<Value> iterables(args.positional.begin(), args.positional.end());
    return chainOver(cls, [iterables, index]() -> std::optional<Value> {
        if (*index >= iterables.size())
            return std::nullopt;
        return iterables[(*index)++];
    });
}

int64_t sliceIndex(const Value &v, const char *message)
{
    if (v.isNone())
        return -1;
    if (!isIntValue(v) || v.asInt() < 0)
        raise(builtin::ValueError(), message);
    return v.asInt();
}

Value newIslice(TypeObject *cls, const CallArgs &args)
{
    noKeywords(args, "islice");
    positionalCount(args, "islice", 2, 4);
    const auto &p = args.positional;
    const char *indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    int64_t start = 0, stop = -1, step = 1;
    if (p.size() == 2) {
        stop = sliceIndex(p[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    } else {
        start = std::max<int64_t>(sliceIndex(p[1], indices), 0);
        stop = sliceIndex(p[2], indices);
        if (p.size() == 4 && !p[3].isNone() && (!isIntValue(p[3]) || p[3].asInt() < 1))
            raise(builtin::ValueError(), "Step for islice() must be a positive integer or None.");
        step = p.size() == 4 && !p[3].isNone() ? p[3].asInt() : 1;
    }
    struct State {
        Value it;
        int64_t next, stop, step, count = 0;
    };
    auto s = std::make_shared<State>(State{iterate(p[0]), start, stop, step});
    return makeIterator(cls, [s]() -> std::optional<Value> {
        for (; s->count < s->next; ++s->count) {
            if (!next(s->it))
                return std::nullopt;
        }
        if (s->stop != -1 && s->count >= s->stop)
            return std::nullopt;
        auto item = next(s->it);
        if (!item)
            return std::nullopt;
        ++s->count;
        s->next += s->step;
        if (s->stop != -1 && s->next > s->stop)
            s->next = s->stop;
        return item;
    });
}

Value newAccumulate(TypeObject *cls, const CallArgs &args)
{
    auto a = parseArgs(args, "accumulate", {"iterable", "func", "initial"}, 1, 2);
    struct State {
        Value it, func;
        std::optional<Value> total, initial;
    };
    auto s = std::make_shared<State>(State{iterate(a[0]), a[1], std::nullopt, std::nullopt});
    if (!a[2].isNone())
        s->initial = a[2];
    return makeIterator(cls, [s]() -> std::optional<Value> {
        if (s->initial) {
            s->total = std::exchange(s->initial, std::nullopt);
            return s->total;
        }
        auto item = next(s->it);
        if (!item)
            return std::nullopt;
        if (!s->total)
            s->total = *item;
        else if (s->func.isNone())
            s->total = binary(*s->total, *item, BinaryOp::Add);
        else
            s->total = call(s->func, {*s->total, *item});
        return s->total;
    });
}

// takewhile, dropwhile, filterfalse, starmap and compress: a function and one iterator.
std::pair<Value, Value> functionAndIterator(const CallArgs &args, const char *name)
{
    noKeywords(args, name);
    positionalCount(args, name, 2, 2);
    return {args.positional[0], iterate(args.positional[1])};
}

Value newTakewhile(TypeObject *cls, const CallArgs &args)
{
    const auto [predicate, iterator] = functionAndIterator(args, "takewhile");
    Value pred = predicate, it = iterator;
    return makeIterator(cls, [pred, it]() -> std::optional<Value> {
        auto item = next(it);
        if (!item || !truthy(call(pred, {*item})))
            return std::nullopt;
        return item;
    });
}

Value newDropwhile(TypeObject *cls, const CallArgs &args)
{
    const auto [predicate, iterator] = functionAndIterator(args, "dropwhile");
    Value pred = predicate, it = iterator;
    auto dropping = std::make_shared<bool>(true);
    return makeIterator(cls, [pred, it, dropping]() -> std::optional<Value> {
        while (auto item = next(it)) {
            if (!*dropping || !truthy(call(pred, {*item}))) {
                *dropping = false;
                return item;
            }
        }
        return std::nullopt;
    });
}

Value newFilterfalse(TypeObject *cls, const CallArgs &args)
{
    const auto [predicate, iterator] = functionAndIterator(args, "filterfalse");
    Value pred = predicate, it = iterator;
    return makeIterator(cls, [pred, it]() -> std::optional<Value> {
        while (auto item = next(it)) {
            if (!truthy(pred.isNone() ? *item : call(pred, {*item})))
                return item;
        }
        return std::nullopt;
    });
}

Value newStarmap(TypeObject *cls, const CallArgs &args)
{
    const auto [function, iterator] = functionAndIterator(args, "starmap");
    Value func = function, it = iterator;
    return makeIterator(cls, [func, it]() -> std::optional<Value> {
        auto item = next(it);
        if (!item)
            return std::nullopt;
        return callWith(func, collect(*item));
    });
}

Value newCompress(TypeObject *cls, const CallArgs &args)
{
    auto a = parseArgs(args, "compress", {"data", "selectors"}, 2);
    Value data = iterate(a[0]), selectors = iterate(a[1]);
    return makeIterator(cls, [data, selectors]() -> std::optional<Value> {
        for (;;) {
            auto item = next(data);
            if (!item)
                return std::nullopt;
            auto selector = next(selectors);
            if (!selector)
                return std::nullopt;
            if (truthy(*selector))
                return item;
        }
    });
}

Value newZipLongest(TypeObject *cls, const CallArgs &args)
{
    Value fill;
    for (const auto &[key, value] : args.keywords) {
        if (strText(key) != "fillvalue")
            raise(builtin::TypeError(), "zip_longest() got an unexpected keyword argument '" + strText(key) + "'");
        fill = value;
    }
    struct State {
        std::vector<Value> its;
        std::vector<bool> done;
        size_t active;
    };
    auto s = std::make_shared<State>();
    for (const Value &v : args.positional)
        s->its.push_back(iterate(v));
    s->done.assign(s->its.size(), false);
    s->active = s->its.size();
    return makeIterator(cls, [s, fill]() -> std::optional<Value> {
        if (s->active == 0)
            return std::nullopt;
        std::vector<Value> items;
        for (size_t i = 0; i < s->its.size(); ++i) {
            std::optional<Value> item;
            if (!s->done[i] && !(item = next(s->its[i]))) {
                s->done[i] = true;
                if (--s->active == 0)
                    return std::nullopt;
            }
            items.push_back(item ? *item : fill);
        }
        return tuple(std::move(items));
    });
}

Value newPairwise(TypeObject *cls, const CallArgs &args)
{
    noKeywords(args, "pairwise");
    positionalCount(args, "pairwise", 1, 1);
    Value it = iterate(args.positional[0]);
    auto previous = std::make_shared<std::optional<Value>>();
    return makeIterator(cls, [it, previous]() -> std::optional<Value> {
        if (!*previous && !(*previous = next(it)))
            return std::nullopt;
        auto item = next(it);
        if (!item)
            return std::nullopt;
        Value pair = tuple({**previous, *item});
        *previous = item;
        return pair;
    });
}

} // namespace

void initItertoolsModule(ModuleObject &m)
{
    const std::pair<const char *, Value (*)(TypeObject *, const CallArgs &)> types[] = {
        {"count", newCount},           {"cycle", newCycle},         {"repeat", newRepeat},
        {"chain", newChain},           {"islice", newIslice},       {"accumulate", newAccumulate},
        {"takewhile", newTakewhile},   {"dropwhile", newDropwhile}, {"filterfalse", newFilterfalse},
        {"starmap", newStarmap},       {"compress", newCompress},   {"zip_longest", newZipLongest},
        {"pairwise", newPairwise},
    };
    for (const auto &[name, create] : types)
        m.set(name, Value(itertoolsType(name, create)));
    TypeObject *chain = itertoolsType("chain", newChain);
    static std::once_flag once;
    std::call_once(once, [chain] {
        // A plain function in the type's dict: `chain.from_iterable(x)` passes no instance.
        Value f = builtinFunction("from_iterable", [](const Value &, const CallArgs &args) {
            Value sources = iterate(oneArg(args, "from_iterable"));
            return chainOver(itertoolsType("chain", newChain), [sources] { return next(sources); });
        });
        f.asObject()->makeImmortal();
        chain->setAttr("from_iterable", f);
    });
    addGroupingIterators(m);
    addCombinatorics(m);
}

} // namespace aw::py
