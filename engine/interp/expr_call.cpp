// Calls, displays, f-strings and making functions.

#include "expr_nodes.h"
#include "frame.h"
#include "function_object.h"
#include "interpreter.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/class_object.h"
#include "py/format.h"
#include "py/protocol.h"
#include "py/set.h"

namespace aw::interp {

namespace {

// Keyword arguments are collected as (name, value) pairs; `**mapping` expands into them.
void addMapping(std::vector<std::pair<Value, Value>> &kw, const Value &mapping, const std::string &fn)
{
    auto addOne = [&](const Value &k, const Value &v) {
        if (!k.as<StrObject>())
            py::raise(builtin::TypeError(), "keywords must be strings");
        for (const auto &existing : kw) {
            if (py::equals(existing.first, k))
                py::raise(builtin::TypeError(), fn + "() got multiple values for keyword argument '" + py::strText(k) + "'");
        }
        kw.emplace_back(k, v);
    };
    if (auto *d = mapping.as<DictObject>()) {
        for (const auto &e : d->entries())
            if (e.live)
                addOne(e.key, e.value);
        return;
    }
    Value keys = py::call(py::getAttr(mapping, "keys"), {});
    Value it = py::iter(keys);
    while (auto k = py::next(it))
        addOne(*k, py::getItem(mapping, *k));
}

std::string calleeName(const Value &callee)
{
    if (auto *fn = callee.as<FunctionObject>())
        return fn->qualname;
    return py::typeOf(callee)->name();
}

} // namespace

Value CallNode::invoke(Frame &f, const Value &callee, std::vector<Value> &values) const
{
    if (zeroArgSuper) {
        // super() inside a method: the class from the __class__ cell, self from the first
        // parameter.
        const CodeObject &c = *f.code;
        int cell = -1;
        for (size_t i = 0; i < c.freeNames.size(); ++i)
            if (c.freeNames[i] == "__class__")
                cell = static_cast<int>(c.cellNames.size() + i);
        if (cell < 0 || c.params.empty() || !f.cells[static_cast<size_t>(cell)]->bound)
            py::raise(builtin::RuntimeError(), "super(): no arguments");
        auto *cls = f.cells[static_cast<size_t>(cell)]->value.as<TypeObject>();
        const uint32_t selfSlot = c.params[0].slot;
        Value self = f.bound[selfSlot] ? f.locals[selfSlot] : Value();
        for (const auto &[slot, cellIndex] : c.paramCells)
            if (slot == selfSlot)
                self = f.cells[cellIndex]->value;
        return py::makeSuper(cls, self);
    }
    f.interp->tick(line);
    if (simple) {
        size_t npos = 0;
        while (npos < args.size() && args[npos].keyword.isNone())
            ++npos;
        std::vector<std::pair<Value, Value>> kw;
        for (size_t i = npos; i < args.size(); ++i)
            kw.emplace_back(args[i].keyword, values[i]);
        return py::call(callee, CallArgs{std::span<const Value>(values.data(), npos), kw});
    }
    std::vector<Value> positional;
    std::vector<std::pair<Value, Value>> kw;
    for (size_t i = 0; i < args.size(); ++i) {
        const CallArgNode &a = args[i];
        if (a.star) {
            Value it = py::iter(values[i]);
            while (auto x = py::next(it))
                positional.push_back(std::move(*x));
        } else if (a.doubleStar) {
            addMapping(kw, values[i], calleeName(callee));
        } else if (a.keyword.isNone()) {
            positional.push_back(values[i]);
        } else {
            kw.emplace_back(a.keyword, values[i]);
        }
    }
    return py::call(callee, CallArgs{positional, kw});
}

Value CallNode::eval(Frame &f) const
{
    Value callee = func->eval(f);
    std::vector<Value> values;
    values.reserve(args.size());
    for (const auto &a : args)
        values.push_back(a.value->eval(f));
    return invoke(f, callee, values);
}

Step<Value> CallNode::evalAsync(Frame &f) const
{
    Value callee = co_await evaluate(*func, f);
    std::vector<Value> values;
    values.reserve(args.size());
    for (const auto &a : args)
        values.push_back(co_await evaluate(*a.value, f));
    co_return invoke(f, callee, values);
}

// --- displays

Value SequenceNode::build(std::vector<Value> &values) const
{
    std::vector<Value> items;
    items.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (!starred[i]) {
            items.push_back(std::move(values[i]));
            continue;
        }
        Value it = py::iter(values[i]);
        while (auto x = py::next(it))
            items.push_back(std::move(*x));
    }
    if (kind == Tuple)
        return tuple(std::move(items));
    return list(std::move(items));
}

Value SequenceNode::eval(Frame &f) const
{
    std::vector<Value> values;
    values.reserve(elts.size());
    for (const auto &e : elts)
        values.push_back(e->eval(f));
    if (kind == Set) {
        if (allConstant && values.size() > 2)
            return Value(setDisplayOfConstants(values));
        Value s = py::call(*f.interp->builtins().findStr("set"), {});
        Value add = py::getAttr(s, "add");
        for (size_t i = 0; i < values.size(); ++i) {
            if (!starred[i]) {
                py::call(add, {values[i]});
                continue;
            }
            Value it = py::iter(values[i]);
            while (auto x = py::next(it))
                py::call(add, {*x});
        }
        return s;
    }
    return build(values);
}

Step<Value> SequenceNode::evalAsync(Frame &f) const
{
    std::vector<Value> values;
    values.reserve(elts.size());
    for (const auto &e : elts)
        values.push_back(co_await evaluate(*e, f));
    if (kind == Set) {
        Value s = py::call(*f.interp->builtins().findStr("set"), {});
        Value add = py::getAttr(s, "add");
        for (const auto &v : values)
            py::call(add, {v});
        co_return s;
    }
    co_return build(values);
}

namespace {
void mergeInto(DictObject &d, const Value &mapping)
{
    if (auto *src = mapping.as<DictObject>()) {
        for (const auto &e : src->entries())
            if (e.live)
                d.set(e.key, e.value);
        return;
    }
    Value keys = py::call(py::getAttr(mapping, "keys"), {});
    Value it = py::iter(keys);
    while (auto k = py::next(it))
        d.set(*k, py::getItem(mapping, *k));
}
} // namespace

Value DictNode::eval(Frame &f) const
{
    auto d = make<DictObject>();
    d->reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (!keys[i]) {
            mergeInto(*d, values[i]->eval(f));
            continue;
        }
        Value k = keys[i]->eval(f);
        d->set(k, values[i]->eval(f));
    }
    return Value(d);
}

Step<Value> DictNode::evalAsync(Frame &f) const
{
    auto d = make<DictObject>();
    d->reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (!keys[i]) {
            Value m = co_await evaluate(*values[i], f);
            mergeInto(*d, m);
            continue;
        }
        Value k = co_await evaluate(*keys[i], f);
        Value v = co_await evaluate(*values[i], f);
        d->set(k, v);
    }
    co_return Value(d);
}

// --- f-strings

Value FormattedNode::format(Frame &f, const Value &v, const Value &specValue) const
{
    Value converted = v;
    if (conversion == 's')
        converted = aw::str(py::str(v));
    else if (conversion == 'r')
        converted = aw::str(py::repr(v));
    else if (conversion == 'a')
        converted = py::call(*f.interp->builtins().findStr("ascii"), {v});
    const std::string spec = specValue.isNone() ? std::string() : py::strText(specValue);
    return py::formatValue(converted, spec);
}

Value FormattedNode::eval(Frame &f) const
{
    Value v = value->eval(f);
    return format(f, v, spec ? spec->eval(f) : Value());
}

Step<Value> FormattedNode::evalAsync(Frame &f) const
{
    Value v = co_await evaluate(*value, f);
    Value s;
    if (spec)
        s = co_await evaluate(*spec, f);
    co_return format(f, v, s);
}

Value JoinedNode::eval(Frame &f) const
{
    std::string out;
    for (const auto &p : parts)
        out += py::strText(p->eval(f));
    return aw::str(std::move(out));
}

Step<Value> JoinedNode::evalAsync(Frame &f) const
{
    std::string out;
    for (const auto &p : parts)
        out += py::strText(co_await evaluate(*p, f));
    co_return aw::str(std::move(out));
}

// --- functions

Value FunctionNode::eval(Frame &f) const
{
    auto fn = make<FunctionObject>(f.interp, code, Ref<DictObject>(f.globals));
    for (const auto &d : defaults)
        fn->defaults.push_back(d->eval(f));
    for (const auto &d : kwDefaults) {
        fn->kwDefaults.push_back(d ? d->eval(f) : Value());
        fn->kwDefaultGiven.push_back(d != nullptr);
    }
    for (uint32_t cell : closure)
        fn->closure.push_back(f.cells[cell]);
    return Value(fn);
}

} // namespace aw::interp
