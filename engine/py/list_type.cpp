// list: the slots (items, slices, operators, iteration, construction). Methods live in
// list_methods.cpp, sorting in list_sort.cpp.

#include "args.h"
#include "container_setup.h"
#include "function.h"
#include "protocol.h"
#include "sequence_util.h"
#include "slice.h"
#include "type_setup.h"

#include "core/run_meter.h"

#include <algorithm>

namespace aw::py {

namespace {

// Instances of scenario classes deriving from list: a list with an attribute dict.
class ListInstance : public ListObject {
public:
    explicit ListInstance(TypeObject *cls) { setType(cls); }
    Ref<Object> *attributeSlot() noexcept override { return &m_dict; }

private:
    Ref<Object> m_dict;
};

class ListIterator : public Object {
public:
    ListIterator(TypeObject *type, Ref<ListObject> list, int64_t index)
        : Object(type), list(std::move(list)), index(index) {}
    Ref<ListObject> list; // null once exhausted
    int64_t index;
};

TypeObject *listIteratorType()
{
    static TypeObject *const t = makeBuiltinType("list_iterator", "builtins", {});
    return t;
}

TypeObject *listReverseIteratorType()
{
    static TypeObject *const t = makeBuiltinType("list_reverseiterator", "builtins", {});
    return t;
}

std::vector<Value> &items(const Value &v)
{
    return v.as<ListObject>()->items();
}

int64_t size(const Value &v)
{
    return static_cast<int64_t>(items(v).size());
}

int64_t itemIndex(const Value &self, const Value &key, const char *error)
{
    int64_t i = asIndex(key, "list");
    if (i < 0)
        i += size(self);
    if (i < 0 || i >= size(self))
        raise(builtin::IndexError(), error);
    return i;
}

Value listGetItem(const Value &self, const Value &key)
{
    if (key.as<SliceObject>())
        return list(sliceItems(items(self), key));
    return items(self)[static_cast<size_t>(itemIndex(self, key, "list index out of range"))];
}

// list_ass_slice: `a[lo:hi] = iterable`, any length.
void replaceRange(const Value &self, int64_t lo, int64_t hi, const Value &value)
{
    std::vector<Value> seq = fastSequence(value, "can only assign an iterable");
    auto &v = items(self);
    const auto n = static_cast<int64_t>(v.size());
    lo = std::clamp<int64_t>(lo, 0, n);
    hi = std::clamp<int64_t>(hi, lo, n);
    v.erase(v.begin() + lo, v.begin() + hi);
    v.insert(v.begin() + lo, std::make_move_iterator(seq.begin()), std::make_move_iterator(seq.end()));
}

void assignSlice(const Value &self, const SliceObject &slice, const Value &value)
{
    auto [start, stop, step, count] = slice.indices(size(self));
    if (step == 1)
        return replaceRange(self, start, stop, value);
    std::vector<Value> seq = fastSequence(value, "must assign iterable to extended slice");
    if (static_cast<int64_t>(seq.size()) != count)
        raise(builtin::ValueError(), "attempt to assign sequence of size " + std::to_string(seq.size())
                                         + " to extended slice of size " + std::to_string(count));
    auto &v = items(self);
    for (int64_t i = 0, cur = start; i < count; ++i, cur += step) {
        if (cur >= 0 && cur < static_cast<int64_t>(v.size()))
            v[static_cast<size_t>(cur)] = std::move(seq[static_cast<size_t>(i)]);
    }
}

void deleteSlice(const Value &self, const SliceObject &slice)
{
    auto [start, stop, step, count] = slice.indices(size(self));
    auto &v = items(self);
    std::vector<bool> doomed(v.size(), false);
    for (int64_t i = 0, cur = start; i < count; ++i, cur += step)
        doomed[static_cast<size_t>(cur)] = true;
    // Moved out first: dropping the last reference to an item must not happen while the
    // vector is half rewritten.
    std::vector<Value> kept;
    std::vector<Value> dropped;
    kept.reserve(v.size() - static_cast<size_t>(count));
    for (size_t i = 0; i < v.size(); ++i)
        (doomed[i] ? dropped : kept).push_back(std::move(v[i]));
    v = std::move(kept);
}

void listSetItem(const Value &self, const Value &key, const Value &value)
{
    if (auto *slice = key.as<SliceObject>())
        return assignSlice(self, *slice, value);
    items(self)[static_cast<size_t>(itemIndex(self, key, "list assignment index out of range"))] = value;
}

void listDelItem(const Value &self, const Value &key)
{
    if (auto *slice = key.as<SliceObject>())
        return deleteSlice(self, *slice);
    const int64_t i = itemIndex(self, key, "list assignment index out of range");
    auto &v = items(self);
    Value dropped = std::move(v[static_cast<size_t>(i)]);
    v.erase(v.begin() + i);
}

std::string listRepr(const Value &self)
{
    ReprGuard guard(self.asObject());
    if (guard.recursive())
        return "[...]";
    return "[" + joinReprs(items(self)) + "]";
}

Value listCompare(const Value &a, const Value &b, CompareOp op)
{
    if (!b.as<ListObject>())
        return notImplemented();
    return compareSequences(items(a), items(b), op);
}

Value concat(const Value &a, const Value &b)
{
    if (!a.as<ListObject>())
        return notImplemented();
    if (!b.as<ListObject>()) {
        if (mayHandleReflected(b, BinaryOp::Add))
            return notImplemented();
        raise(builtin::TypeError(), "can only concatenate list (not \"" + typeOf(b)->name() + "\") to list");
    }
    RunMeter::reserve((items(a).size() + items(b).size()) * sizeof(Value));
    std::vector<Value> out = items(a);
    const auto &more = items(b);
    out.insert(out.end(), more.begin(), more.end());
    return list(std::move(out));
}

std::vector<Value> repeated(const std::vector<Value> &v, int64_t n)
{
    if (n <= 0 || v.empty())
        return {};
    if (n > (int64_t(1) << 32) / static_cast<int64_t>(v.size()))
        throw PyException(make<ExceptionObject>(builtin::MemoryError(), std::vector<Value>{}));
    RunMeter::reserve(v.size() * static_cast<size_t>(n) * sizeof(Value));
    std::vector<Value> out;
    out.reserve(v.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        out.insert(out.end(), v.begin(), v.end());
    return out;
}

Value repeat(const Value &a, const Value &b)
{
    const bool leftIsList = a.as<ListObject>() != nullptr;
    const Value &seq = leftIsList ? a : b;
    const Value &n = leftIsList ? b : a;
    auto count = repeatCount(n);
    if (!count) {
        if (leftIsList && mayHandleReflected(n, BinaryOp::Mul))
            return notImplemented();
        raiseCannotMultiply(n);
    }
    return list(repeated(items(seq), *count));
}

Value inplaceConcat(const Value &a, const Value &b)
{
    extendList(*a.as<ListObject>(), b);
    return a;
}

Value inplaceRepeat(const Value &a, const Value &b)
{
    auto count = repeatCount(b);
    if (!count)
        raiseCannotMultiply(b);
    items(a) = repeated(items(a), *count);
    return a;
}

std::optional<bool> listContains(const Value &self, const Value &x)
{
    const auto &v = items(self);
    for (size_t i = 0; i < v.size(); ++i) {
        Value item = v[i];
        if (sameOrEqual(item, x))
            return true;
    }
    return false;
}

std::optional<Value> iteratorNext(const Value &it)
{
    auto *i = it.as<ListIterator>();
    if (!i->list)
        return std::nullopt;
    const auto &v = i->list->items();
    if (i->index >= 0 && i->index < static_cast<int64_t>(v.size())) {
        Value item = v[static_cast<size_t>(i->index)];
        i->index += it.asObject()->type() == listIteratorType() ? 1 : -1;
        return item;
    }
    i->list = nullptr;
    return std::nullopt;
}

Value newList(TypeObject *cls, const CallArgs &)
{
    if (cls == listType())
        return list({});
    return Value(make<ListInstance>(cls));
}

void initList(const Value &self, const CallArgs &args)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), "list() takes no keyword arguments");
    checkPositional(args, "list", 0, 1);
    items(self).clear();
    if (!args.positional.empty())
        extendList(*self.as<ListObject>(), args.positional[0]);
}

} // namespace

void extendList(ListObject &list, const Value &iterable)
{
    std::vector<Value> more = collect(iterable);
    RunMeter::reserve((list.items().size() + more.size()) * sizeof(Value));
    list.items().insert(list.items().end(), std::make_move_iterator(more.begin()),
                        std::make_move_iterator(more.end()));
}

std::vector<Value> sliceItems(const std::vector<Value> &items, const Value &slice)
{
    auto [start, stop, step, count] = slice.as<SliceObject>()->indices(static_cast<int64_t>(items.size()));
    std::vector<Value> out;
    out.reserve(static_cast<size_t>(count));
    for (int64_t i = 0, cur = start; i < count && cur < static_cast<int64_t>(items.size()); ++i, cur += step)
        out.push_back(items[static_cast<size_t>(cur)]);
    return out;
}

Value listReverseIterator(const Value &list)
{
    auto *l = list.as<ListObject>();
    return Value(make<ListIterator>(listReverseIteratorType(), Ref<ListObject>(l),
                                    static_cast<int64_t>(l->items().size()) - 1));
}

void setupListAndTuple()
{
    TypeSlots &s = listType()->slots;
    s.repr = listRepr;
    s.hash = unhashable;
    s.richCompare = listCompare;
    s.len = size;
    s.getItem = listGetItem;
    s.setItem = listSetItem;
    s.delItem = listDelItem;
    s.contains = listContains;
    s.iter = [](const Value &v) {
        return Value(make<ListIterator>(listIteratorType(), Ref<ListObject>(v.as<ListObject>()), 0));
    };
    s.binary[static_cast<int>(BinaryOp::Add)] = concat;
    s.binary[static_cast<int>(BinaryOp::Mul)] = repeat;
    s.inplace[static_cast<int>(BinaryOp::Add)] = inplaceConcat;
    s.inplace[static_cast<int>(BinaryOp::Mul)] = inplaceRepeat;
    s.newInstance = newList;
    s.init = initList;
    listType()->setAttr("__hash__", Value());
    for (TypeObject *t : {listIteratorType(), listReverseIteratorType()}) {
        t->slots.iter = [](const Value &v) { return v; };
        t->slots.next = iteratorNext;
    }
    setupListMethods();
    setupTuple();
    setupGenericAlias();
}

} // namespace aw::py
