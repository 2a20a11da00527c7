// itertools' combinatoric iterators (the index algorithms of the itertools documentation,
// which CPython's C versions follow) and groupby/tee, whose iterators share state.

#include "args.h"
#include "builtins_support.h"
#include "iterators.h"
#include "module.h"
#include "module_itertools.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"
#include "core/str.h"

#include <memory>
#include <numeric>

namespace aw::py {

namespace {

// Index state over pools; `advance` moves to the next index tuple or says there is none.
struct Indexed {
    std::vector<std::vector<Value>> pools; // product: one per position; others: one pool
    std::vector<size_t> indices;
    std::vector<size_t> cycles; // permutations only
    size_t r = 0;
    bool started = false;
    bool done = false;
};

Value selection(const Indexed &s, bool perPosition)
{
    std::vector<Value> items;
    for (size_t i = 0; i < s.r; ++i)
        items.push_back(s.pools[perPosition ? i : 0][s.indices[i]]);
    return tuple(std::move(items));
}

Value indexedIterator(TypeObject *cls, std::shared_ptr<Indexed> s, bool perPosition, bool (*advance)(Indexed &))
{
    return makeIterator(cls, [s, perPosition, advance]() -> std::optional<Value> {
        if (s->done)
            return std::nullopt;
        if (s->started && !advance(*s)) {
            s->done = true;
            return std::nullopt;
        }
        s->started = true;
        return selection(*s, perPosition);
    });
}

bool advanceProduct(Indexed &s)
{
    for (size_t i = s.r; i-- > 0;) {
        if (++s.indices[i] < s.pools[i].size())
            return true;
        s.indices[i] = 0;
    }
    return false;
}

bool advancePermutation(Indexed &s)
{
    const size_t n = s.pools[0].size();
    for (size_t i = s.r; i-- > 0;) {
        if (--s.cycles[i] == 0) {
            const auto at = s.indices.begin() + static_cast<std::ptrdiff_t>(i);
            std::rotate(at, at + 1, s.indices.end());
            s.cycles[i] = n - i;
        } else {
            std::swap(s.indices[i], s.indices[n - s.cycles[i]]);
            return true;
        }
    }
    return false;
}

bool advanceCombination(Indexed &s)
{
    const size_t n = s.pools[0].size();
    size_t i = s.r;
    while (i-- > 0) {
        if (s.indices[i] != i + n - s.r)
            break;
        if (i == 0)
            return false;
    }
    if (s.r == 0)
        return false;
    ++s.indices[i];
    for (size_t j = i + 1; j < s.r; ++j)
        s.indices[j] = s.indices[j - 1] + 1;
    return true;
}

bool advanceWithReplacement(Indexed &s)
{
    const size_t n = s.pools[0].size();
    size_t i = s.r;
    while (i-- > 0) {
        if (s.indices[i] != n - 1)
            break;
        if (i == 0)
            return false;
    }
    if (s.r == 0)
        return false;
    const size_t v = s.indices[i] + 1;
    std::fill(s.indices.begin() + static_cast<std::ptrdiff_t>(i), s.indices.end(), v);
    return true;
}

Value newProduct(TypeObject *cls, const CallArgs &args)
{
    int64_t repeat = 1;
    for (const auto &[key, value] : args.keywords) {
        if (strText(key) != "repeat")
            raise(builtin::TypeError(), "product() got an unexpected keyword argument '" + strText(key) + "'");
        repeat = toInt(value);
    }
    if (repeat < 0)
        raise(builtin::ValueError(), "repeat argument cannot be negative");
    auto s = std::make_shared<Indexed>();
    std::vector<std::vector<Value>> pools;
    for (const Value &v : args.positional)
        pools.push_back(collect(v));
    for (int64_t i = 0; i < repeat; ++i)
        s->pools.insert(s->pools.end(), pools.begin(), pools.end());
    s->r = s->pools.size();
    s->indices.assign(s->r, 0);
    for (const auto &pool : s->pools)
        s->done = s->done || pool.empty();
    return indexedIterator(cls, s, true, advanceProduct);
}

// The pool and r of permutations/combinations; done when r exceeds the pool.
std::shared_ptr<Indexed> poolAndR(const CallArgs &args, const char *name, bool rOptional)
{
    auto a = parseArgs(args, name, {"iterable", "r"}, rOptional ? 1 : 2);
    auto s = std::make_shared<Indexed>();
    s->pools.push_back(collect(a[0]));
    const int64_t r = a[1].isNone() ? static_cast<int64_t>(s->pools[0].size()) : toInt(a[1]);
    if (r < 0)
        raise(builtin::ValueError(), "r must be non-negative");
    s->r = static_cast<size_t>(r);
    return s;
}

Value newPermutations(TypeObject *cls, const CallArgs &args)
{
    auto s = poolAndR(args, "permutations", true);
    const size_t n = s->pools[0].size();
    s->done = s->r > n;
    s->indices.resize(n);
    std::iota(s->indices.begin(), s->indices.end(), 0);
    for (size_t i = 0; i < s->r && !s->done; ++i)
        s->cycles.push_back(n - i);
    return indexedIterator(cls, s, false, advancePermutation);
}

Value newCombinations(TypeObject *cls, const CallArgs &args)
{
    auto s = poolAndR(args, "combinations", false);
    s->done = s->r > s->pools[0].size();
    s->indices.resize(s->r);
    std::iota(s->indices.begin(), s->indices.end(), 0);
    return indexedIterator(cls, s, false, advanceCombination);
}

Value newCombinationsWithReplacement(TypeObject *cls, const CallArgs &args)
{
    auto s = poolAndR(args, "combinations_with_replacement", false);
    s->done = s->pools[0].empty() && s->r > 0;
    s->indices.assign(s->r, 0);
    return indexedIterator(cls, s, false, advanceWithReplacement);
}

// groupby's shared state (itertoolsmodule.c): the current value and key, the key of the
// group being served, and which grouper may still read.
struct Grouping {
    Value it, keyFunc;
    std::optional<Value> currValue, currKey, targetKey;
    uint64_t generation = 0;
};

bool groupStep(Grouping &g)
{
    auto item = next(g.it);
    if (!item)
        return false;
    g.currKey = g.keyFunc.isNone() ? *item : call(g.keyFunc, {*item});
    g.currValue = std::move(item);
    return true;
}

bool sameKey(const Value &a, const Value &b)
{
    return a.is(b) || equals(a, b);
}

Value grouper(std::shared_ptr<Grouping> g, Value target)
{
    static TypeObject *const type = makeIteratorType("_grouper", "itertools");
    const uint64_t generation = g->generation;
    return makeIterator(type, [g, target, generation]() -> std::optional<Value> {
        if (g->generation != generation)
            return std::nullopt;
        if (!g->currValue && !groupStep(*g))
            return std::nullopt;
        if (!sameKey(target, *g->currKey))
            return std::nullopt;
        return std::exchange(g->currValue, std::nullopt);
    });
}

Value newGroupby(TypeObject *cls, const CallArgs &args)
{
    auto a = parseArgs(args, "groupby", {"iterable", "key"}, 1);
    auto g = std::make_shared<Grouping>();
    g->it = iterate(a[0]);
    g->keyFunc = a[1];
    return makeIterator(cls, [g]() -> std::optional<Value> {
        ++g->generation;
        while (!g->currKey || (g->targetKey && sameKey(*g->targetKey, *g->currKey))) {
            if (!groupStep(*g))
                return std::nullopt;
        }
        g->targetKey = g->currKey;
        return tuple({*g->currKey, grouper(g, *g->currKey)});
    });
}

Value tee(const Value &, const CallArgs &args)
{
    noKeywords(args, "tee");
    positionalCount(args, "tee", 1, 2);
    const int64_t n = args.positional.size() == 2 ? toInt(args.positional[1]) : 2;
    if (n < 0)
        raise(builtin::ValueError(), "n must be >= 0");
    static TypeObject *const type = makeIteratorType("_tee", "itertools");
    struct Shared {
        Value it;
        std::vector<Value> buffer;
    };
    auto shared = std::make_shared<Shared>(Shared{iterate(args.positional[0]), {}});
    std::vector<Value> iterators;
    for (int64_t i = 0; i < n; ++i) {
        auto position = std::make_shared<size_t>(0);
        iterators.push_back(makeIterator(type, [shared, position]() -> std::optional<Value> {
            if (*position == shared->buffer.size()) {
                auto item = next(shared->it);
                if (!item)
                    return std::nullopt;
                shared->buffer.push_back(*item);
            }
            return shared->buffer[(*position)++];
        }));
    }
    return tuple(std::move(iterators));
}

} // namespace

void addGroupingIterators(ModuleObject &m)
{
    m.set("groupby", Value(itertoolsType("groupby", newGroupby)));
    m.def("tee", tee);
}

void addCombinatorics(ModuleObject &m)
{
    m.set("product", Value(itertoolsType("product", newProduct)));
    m.set("permutations", Value(itertoolsType("permutations", newPermutations)));
    m.set("combinations", Value(itertoolsType("combinations", newCombinations)));
    m.set("combinations_with_replacement",
          Value(itertoolsType("combinations_with_replacement", newCombinationsWithReplacement)));
}

} // namespace aw::py
