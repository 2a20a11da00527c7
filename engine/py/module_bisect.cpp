// bisect: binary search and insertion in a sorted sequence, with Python's `<` (and key=).

#include "args.h"
#include "module.h"
#include "protocol.h"

#include <utility>

#include "core/containers.h"

namespace aw::py {

namespace {

// _bisect's loop: the insertion point of x in a[lo:hi], after equal items if `right`.
int64_t bisect(const CallArgs &args, const char *function, bool right, Value *item)
{
    auto a = parseArgs(args, function, {"a", "x", "lo", "hi", "key"}, 2);
    const Value &seq = a[0];
    int64_t lo = a.wasGiven(2) ? toInt(a[2]) : 0;
    if (lo < 0)
        raise(builtin::ValueError(), "lo must be non-negative");
    int64_t hi = a.wasGiven(3) && !a[3].isNone() ? toInt(a[3]) : len(seq);
    const Value key = a.wasGiven(4) ? a[4] : Value();
    const Value x = key.isNone() || !item ? a[1] : call(key, {a[1]});
    if (item)
        *item = a[1];
    while (lo < hi) {
        const int64_t mid = (lo + hi) / 2;
        Value v = getItem(seq, Value::integer(mid));
        if (!key.isNone())
            v = call(key, {v});
        if (right ? lessThan(x, v) : lessThan(v, x))
            right ? hi = mid : lo = mid + 1;
        else
            right ? lo = mid + 1 : hi = mid;
    }
    return lo;
}

} // namespace

void initBisectModule(ModuleObject &m)
{
    // bisect and insort are the _right variants under a second name.
    const std::pair<const char *, bool> searches[] = {{"bisect_left", false}, {"bisect_right", true}, {"bisect", true}};
    // Copied out of the pair: clang 14 cannot capture structured bindings.
    for (const auto &search : searches) {
        const char *name = search.first;
        const bool right = search.second;
        m.def(name, [name, right](const Value &, const CallArgs &args) {
            return Value::integer(bisect(args, name, right, nullptr));
        });
    }
    const std::pair<const char *, bool> inserts[] = {{"insort_left", false}, {"insort_right", true}, {"insort", true}};
    for (const auto &insert : inserts) {
        const char *name = insert.first;
        const bool right = insert.second;
        m.def(name, [name, right](const Value &, const CallArgs &args) {
            Value item;
            const int64_t at = bisect(args, name, right, &item);
            call(getAttr(args.positional[0], "insert"), {Value::integer(at), item});
            return Value();
        });
    }
}

} // namespace aw::py
