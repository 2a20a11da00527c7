// heapq: CPython's heap functions on a list, with the same sift sequences as PriorityQueue
// (core/heapq.h), so equal items come out in CPython's order.

#include "args.h"
#include "list_sort.h"
#include "module.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"
#include "core/heapq.h"

namespace aw::py {

namespace {

ListObject &heapList(const Value &v, const char *function)
{
    auto *l = v.as<ListObject>();
    if (!l)
        raise(builtin::TypeError(), std::string(function) + "() argument 1 must be list, not " + typeOf(v)->name());
    return *l;
}

bool less(const Value &a, const Value &b)
{
    return lessThan(a, b);
}

Value popTop(ListObject &l)
{
    if (l.items().empty())
        raise(builtin::IndexError(), "index out of range");
    return heapq::pop(l.items(), less);
}

// nlargest/nsmallest: documented as sorted(iterable, key=key, reverse=...)[:n], which is
// also what CPython's heap-based implementation returns, ties included.
Value firstSorted(const CallArgs &args, const char *function, bool reverse)
{
    auto a = parseArgs(args, function, {"n", "iterable", "key"}, 2);
    const int64_t n = toInt(a[0]);
    auto sorted = make<ListObject>(collect(a[1]));
    sortList(*sorted, a.wasGiven(2) ? a[2] : Value(), reverse);
    auto &items = sorted->items();
    if (n <= 0)
        items.clear();
    else if (static_cast<size_t>(n) < items.size())
        items.resize(static_cast<size_t>(n));
    return Value(sorted);
}

} // namespace

void initHeapqModule(ModuleObject &m)
{
    m.def("heappush", [](const Value &, const CallArgs &args) {
        auto a = parseArgs(args, "heappush", {"heap", "item"}, 2);
        heapq::push(heapList(a[0], "heappush").items(), a[1], less);
        return Value();
    });
    m.def("heappop", [](const Value &, const CallArgs &args) {
        return popTop(heapList(oneArg(args, "heappop"), "heappop"));
    });
    m.def("heapify", [](const Value &, const CallArgs &args) {
        auto &items = heapList(oneArg(args, "heapify"), "heapify").items();
        for (size_t i = items.size() / 2; i-- > 0;)
            heapq::siftUp(items, i, less);
        return Value();
    });
    m.def("heapreplace", [](const Value &, const CallArgs &args) {
        auto a = parseArgs(args, "heapreplace", {"heap", "item"}, 2);
        auto &items = heapList(a[0], "heapreplace").items();
        if (items.empty())
            raise(builtin::IndexError(), "index out of range");
        Value top = items[0];
        items[0] = a[1];
        heapq::siftUp(items, 0, less);
        return top;
    });
    m.def("heappushpop", [](const Value &, const CallArgs &args) {
        auto a = parseArgs(args, "heappushpop", {"heap", "item"}, 2);
        auto &items = heapList(a[0], "heappushpop").items();
        if (items.empty() || !less(items[0], a[1]))
            return a[1];
        Value top = items[0];
        items[0] = a[1];
        heapq::siftUp(items, 0, less);
        return top;
    });
    m.def("nlargest", [](const Value &, const CallArgs &args) { return firstSorted(args, "nlargest", true); });
    m.def("nsmallest", [](const Value &, const CallArgs &args) { return firstSorted(args, "nsmallest", false); });
}

} // namespace aw::py
