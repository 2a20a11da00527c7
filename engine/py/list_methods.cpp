// The methods of list.

#include "args.h"
#include "container_setup.h"
#include "function.h"
#include "list_sort.h"
#include "protocol.h"
#include "sequence_util.h"

namespace aw::py {

void raiseDescriptorMismatch(std::string_view method, TypeObject *owner, const Value &self)
{
    raise(builtin::TypeError(), "descriptor '" + std::string(method) + "' for '" + owner->name()
                                    + "' objects doesn't apply to a '" + typeOf(self)->name() + "' object");
}

namespace {

using Method = Value (*)(ListObject &, const CallArgs &);

// Registers `fn` as list.<name>, checking `self` first.
void def(const char *name, Method fn)
{
    defineMethod(listType(), name, [name, fn](const Value &self, const CallArgs &args) {
        return fn(selfAs<ListObject>(self, name, listType()), args);
    });
}

std::string qualified(const char *name)
{
    return std::string("list.") + name;
}

Value append(ListObject &l, const CallArgs &args)
{
    l.items().push_back(oneArg(args, "list.append"));
    return Value();
}

Value extend(ListObject &l, const CallArgs &args)
{
    extendList(l, oneArg(args, "list.extend"));
    return Value();
}

Value insert(ListObject &l, const CallArgs &args)
{
    checkPositional(args, "insert", 2, 2);
    int64_t i = toInt(args.positional[0]);
    auto &v = l.items();
    const auto n = static_cast<int64_t>(v.size());
    if (i < 0)
        i = std::max<int64_t>(i + n, 0);
    v.insert(v.begin() + std::min(i, n), args.positional[1]);
    return Value();
}

Value pop(ListObject &l, const CallArgs &args)
{
    checkPositional(args, "pop", 0, 1);
    int64_t i = args.positional.empty() ? -1 : toInt(args.positional[0]);
    auto &v = l.items();
    if (v.empty())
        raise(builtin::IndexError(), "pop from empty list");
    if (i < 0)
        i += static_cast<int64_t>(v.size());
    if (i < 0 || i >= static_cast<int64_t>(v.size()))
        raise(builtin::IndexError(), "pop index out of range");
    Value item = std::move(v[static_cast<size_t>(i)]);
    v.erase(v.begin() + i);
    return item;
}

Value remove(ListObject &l, const CallArgs &args)
{
    const Value &x = oneArg(args, "list.remove");
    auto &v = l.items();
    for (size_t i = 0; i < v.size(); ++i) {
        Value item = v[i];
        if (sameOrEqual(item, x)) {
            if (i < v.size()) {
                Value dropped = std::move(v[i]);
                v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
            }
            return Value();
        }
    }
    raise(builtin::ValueError(), "list.remove(x): x not in list");
}

Value index(ListObject &l, const CallArgs &args)
{
    checkPositional(args, "index", 1, 3);
    const Value &x = args.positional[0];
    auto &v = l.items();
    auto [start, stop] = searchBounds(args.positional.subspan(1), static_cast<int64_t>(v.size()));
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(v.size()); ++i) {
        Value item = v[static_cast<size_t>(i)];
        if (sameOrEqual(item, x))
            return Value::integer(i);
    }
    raise(builtin::ValueError(), repr(x) + " is not in list");
}

Value count(ListObject &l, const CallArgs &args)
{
    const Value &x = oneArg(args, "list.count");
    int64_t n = 0;
    auto &v = l.items();
    for (size_t i = 0; i < v.size(); ++i) {
        Value item = v[i];
        if (sameOrEqual(item, x))
            ++n;
    }
    return Value::integer(n);
}

Value clear(ListObject &l, const CallArgs &args)
{
    noArgs(args, qualified("clear"));
    std::vector<Value> dropped = std::move(l.items());
    l.items().clear();
    return Value();
}

Value reverse(ListObject &l, const CallArgs &args)
{
    noArgs(args, qualified("reverse"));
    std::reverse(l.items().begin(), l.items().end());
    return Value();
}

Value copy(ListObject &l, const CallArgs &args)
{
    noArgs(args, qualified("copy"));
    return list(l.items());
}

Value sort(ListObject &l, const CallArgs &args)
{
    if (!args.positional.empty())
        raise(builtin::TypeError(), "sort() takes no positional arguments");
    Value key;
    bool reverse = false;
    for (const auto &[name, value] : args.keywords) {
        const std::string &n = strText(name);
        if (n == "key")
            key = value;
        else if (n == "reverse")
            reverse = toInt(value) != 0;
        else
            raise(builtin::TypeError(), "'" + n + "' is an invalid keyword argument for sort()");
    }
    sortList(l, key, reverse);
    return Value();
}

Value reversedIterator(ListObject &l, const CallArgs &args)
{
    noArgs(args, qualified("__reversed__"));
    return listReverseIterator(Value(&l));
}

} // namespace

void setupListMethods()
{
    def("append", append);
    def("extend", extend);
    def("insert", insert);
    def("pop", pop);
    def("remove", remove);
    def("index", index);
    def("count", count);
    def("clear", clear);
    def("reverse", reverse);
    def("copy", copy);
    def("sort", sort);
    def("__reversed__", reversedIterator);
}

} // namespace aw::py
