// collections.Counter: a dict subclass counting hashable items, with the multiset operations
// of Lib/collections/__init__.py (results keep only positive counts).

#include "module_collections.h"

#include "args.h"
#include "builtins_support.h"
#include "function.h"
#include "iterators.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"

#include <algorithm>

namespace aw::py {

namespace {

DictObject &counts(const Value &v)
{
    return *v.as<DictObject>();
}

Value countOf(const DictObject &d, const Value &key)
{
    const Value *v = d.find(key);
    return v ? *v : Value::integer(0);
}

bool positive(const Value &v)
{
    return truthy(compare(v, Value::integer(0), CompareOp::Gt));
}

bool negative(const Value &v)
{
    return truthy(compare(v, Value::integer(0), CompareOp::Lt));
}

// Counter.update / Counter.subtract: mappings add (or subtract) their counts, other
// iterables count each element once.
void addCounts(const Value &self, const CallArgs &args, const char *function, BinaryOp op)
{
    positionalCount(args, function, 0, 1);
    DictObject &d = counts(self);
    auto addItems = [&d, op](const DictItems &items) {
        // Adding to an empty Counter copies the mapping as dict.update would.
        const bool copy = op == BinaryOp::Add && d.size() == 0;
        for (const auto &[k, v] : items)
            d.set(k, copy ? v : op == BinaryOp::Add ? binary(v, countOf(d, k), op) : binary(countOf(d, k), v, op));
    };
    if (!args.positional.empty() && !args.positional[0].isNone()) {
        DictItems items;
        if (mappingItems(args.positional[0], items)) {
            addItems(items);
        } else {
            for (const Value &elem : collect(args.positional[0]))
                d.set(elem, binary(countOf(d, elem), Value::integer(1), op));
        }
    }
    DictItems keywords;
    for (const auto &kw : args.keywords)
        keywords.emplace_back(kw.first, kw.second);
    addItems(keywords);
}

// Items sorted by count, largest first, ties in insertion order.
DictItems mostCommon(const DictObject &d)
{
    DictItems items = dictItems(d);
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return lessThan(b.second, a.second); });
    return items;
}

Value newCounter()
{
    return Value(make<DictObject>(counterType()));
}

// The operators: `combine` gives the new count of an element of self from its two counts;
// elements only in `other` are kept when `onlyOther` says so (with the count it returns).
template<typename Combine, typename OnlyOther>
Value merge(const Value &a, const Value &b, Combine combine, OnlyOther onlyOther)
{
    if (!isInstance(a, counterType()) || !isInstance(b, counterType()))
        return notImplemented();
    Value result = newCounter();
    for (const auto &[k, v] : dictItems(counts(a))) {
        Value n = combine(v, countOf(counts(b), k));
        if (positive(n))
            counts(result).set(k, n);
    }
    for (const auto &[k, v] : dictItems(counts(b))) {
        Value n;
        if (!counts(a).find(k) && onlyOther(v, n))
            counts(result).set(k, n);
    }
    return result;
}

bool keepPositive(const Value &v, Value &out)
{
    out = v;
    return positive(v);
}

bool keepNegated(const Value &v, Value &out)
{
    out = binary(Value::integer(0), v, BinaryOp::Sub);
    return negative(v);
}

bool keepNone(const Value &, Value &)
{
    return false;
}

Value larger(const Value &x, const Value &y)
{
    return lessThan(x, y) ? y : x;
}

Value smaller(const Value &x, const Value &y)
{
    return lessThan(x, y) ? x : y;
}

void setOperators(TypeSlots &s)
{
    s.binary[static_cast<int>(BinaryOp::Add)] = [](const Value &a, const Value &b) {
        return merge(a, b, [](const Value &x, const Value &y) { return binary(x, y, BinaryOp::Add); }, keepPositive);
    };
    s.binary[static_cast<int>(BinaryOp::Sub)] = [](const Value &a, const Value &b) {
        return merge(a, b, [](const Value &x, const Value &y) { return binary(x, y, BinaryOp::Sub); }, keepNegated);
    };
    s.binary[static_cast<int>(BinaryOp::Or)] = [](const Value &a, const Value &b) {
        return merge(a, b, larger, keepPositive);
    };
    s.binary[static_cast<int>(BinaryOp::And)] = [](const Value &a, const Value &b) {
        return merge(a, b, smaller, keepNone);
    };
    s.unary[static_cast<int>(UnaryOp::Pos)] = [](const Value &a) {
        return merge(a, newCounter(), [](const Value &x, const Value &) { return x; }, keepNone);
    };
    s.unary[static_cast<int>(UnaryOp::Neg)] = [](const Value &a) {
        auto negated = [](const Value &x, const Value &) { return binary(Value::integer(0), x, BinaryOp::Sub); };
        return merge(a, newCounter(), negated, keepNone);
    };
}

// a <= b as multisets: every count of either is at most the other's.
bool countsAtMost(const Value &a, const Value &b)
{
    for (const Value *c : {&a, &b}) {
        for (const auto &[k, v] : dictItems(counts(*c))) {
            if (!truthy(compare(countOf(counts(a), k), countOf(counts(b), k), CompareOp::Le)))
                return false;
        }
    }
    return true;
}

Value counterCompare(const Value &a, const Value &b, CompareOp op)
{
    if (!isInstance(b, counterType()))
        return notImplemented();
    const bool le = countsAtMost(a, b), ge = countsAtMost(b, a);
    switch (op) {
    case CompareOp::Eq: return Value::boolean(le && ge);
    case CompareOp::Ne: return Value::boolean(!(le && ge));
    case CompareOp::Le: return Value::boolean(le);
    case CompareOp::Lt: return Value::boolean(le && !ge);
    case CompareOp::Ge: return Value::boolean(ge);
    case CompareOp::Gt: return Value::boolean(ge && !le);
    }
    return notImplemented();
}

std::string counterRepr(const Value &self)
{
    if (counts(self).size() == 0)
        return typeOf(self)->name() + "()";
    std::string body;
    for (const auto &[k, v] : mostCommon(counts(self)))
        body += (body.empty() ? "" : ", ") + repr(k) + ": " + repr(v);
    return typeOf(self)->name() + "({" + body + "})";
}

void defineCounterMethods(TypeObject *t)
{
    defineMethod(t, "update", [](const Value &self, const CallArgs &args) {
        addCounts(self, args, "update", BinaryOp::Add);
        return Value();
    });
    defineMethod(t, "subtract", [](const Value &self, const CallArgs &args) {
        addCounts(self, args, "subtract", BinaryOp::Sub);
        return Value();
    });
    defineMethod(t, "most_common", [](const Value &self, const CallArgs &args) {
        auto a = parseArgs(args, "most_common", {"n"}, 0);
        DictItems items = mostCommon(counts(self));
        if (!a[0].isNone())
            items.resize(std::min(items.size(), static_cast<size_t>(std::max<int64_t>(toInt(a[0]), 0))));
        std::vector<Value> out;
        for (auto &[k, v] : items)
            out.push_back(tuple({k, v}));
        return list(std::move(out));
    });
    defineMethod(t, "elements", [](const Value &self, const CallArgs &args) {
        noArgs(args, "elements");
        static TypeObject *const chainType = makeIteratorType("chain", "itertools");
        std::vector<Value> out;
        for (const auto &[k, v] : dictItems(counts(self)))
            out.insert(out.end(), static_cast<size_t>(std::max<int64_t>(toInt(v), 0)), k);
        auto index = std::make_shared<size_t>(0);
        return makeIterator(chainType, [out, index]() -> std::optional<Value> {
            return *index < out.size() ? std::optional<Value>(out[(*index)++]) : std::nullopt;
        });
    });
    defineMethod(t, "total", [](const Value &self, const CallArgs &args) {
        noArgs(args, "total");
        Value sum = Value::integer(0);
        for (const auto &[k, v] : dictItems(counts(self)))
            sum = binary(sum, v, BinaryOp::Add);
        return sum;
    });
    defineMethod(t, "copy", [](const Value &self, const CallArgs &args) {
        noArgs(args, "copy");
        return call(Value(typeOf(self)), {self});
    });
}

TypeObject *makeCounterType()
{
    TypeObject *t = makeBuiltinType("Counter", "collections", {dictType()});
    TypeSlots &s = t->slots;
    s.hash = nullptr;
    s.newInstance = [](TypeObject *cls, const CallArgs &) { return Value(make<DictObject>(cls)); };
    s.init = [](const Value &self, const CallArgs &args) { addCounts(self, args, "Counter", BinaryOp::Add); };
    s.getItem = [](const Value &self, const Value &key) { return countOf(counts(self), key); };
    s.delItem = [](const Value &self, const Value &key) { counts(self).remove(key); };
    s.repr = counterRepr;
    s.richCompare = counterCompare;
    setOperators(s);
    defineCounterMethods(t);
    return t;
}

} // namespace

TypeObject *counterType()
{
    static TypeObject *const t = makeCounterType();
    return t;
}

} // namespace aw::py
