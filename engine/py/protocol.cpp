// Attribute access, calls, iteration and items: the generic algorithms of CPython's
// Objects/object.c and abstract.c, over type slots.

#include "protocol.h"

#include "bigint_value.h"
#include "class_object.h"

#include "core/containers.h"
#include "core/run_meter.h"
#include "core/str.h"
#include "dict.h"
#include "function.h"
#include "module.h"

#include <cstdio>

namespace aw::py {

std::string addressOf(const Object &o)
{
    char address[32];
    std::snprintf(address, sizeof address, "0x7f%010llx", static_cast<unsigned long long>(o.serial()) * 16);
    return address;
}

[[noreturn]] void raise(TypeObject *type, const std::string &message)
{
    throw PyException::make(type, message);
}

// The metaclass behaviour of `v` when it is a class that has one.
const ClassProtocol *protocolOfClass(const Value &v)
{
    auto *cls = v.as<TypeObject>();
    return cls ? classProtocol(cls) : nullptr;
}

[[noreturn]] void raiseNot(const Value &v, std::string_view what)
{
    raise(builtin::TypeError(), "'" + typeOf(v)->name() + "' object is not " + std::string(what));
}

const std::string &strText(const Value &v, std::string_view what)
{
    if (auto *s = v.as<StrObject>())
        return s->utf8();
    raise(builtin::TypeError(), std::string(what) + " must be str, not " + typeOf(v)->name());
}

bool isInstance(const Value &v, const TypeObject *type)
{
    return typeOf(v)->isSubtypeOf(type);
}

// --- attributes

DictObject *instanceDict(const Value &obj, bool create)
{
    Object *o = obj.asObject();
    Ref<Object> *slot = o ? o->attributeSlot() : nullptr;
    if (!slot)
        return nullptr;
    if (!*slot && create)
        *slot = Ref<Object>(make<DictObject>());
    return static_cast<DictObject *>(slot->get());
}

namespace {

// Class attribute lookup along the MRO by name (type dicts are keyed by std::string).
bool lookupType(const TypeObject *type, const Value &name, Value &out)
{
    return type->lookup(strText(name, "attribute name"), out);
}

Value bindDescriptor(const Value &descr, const Value &instance, TypeObject *owner)
{
    if (auto get = typeOf(descr)->slots.descrGet)
        return get(descr, instance, owner);
    return descr;
}

bool typeAttribute(TypeObject *cls, const Value &name, Value &out)
{
    const std::string &n = strText(name, "attribute name");
    Value v;
    if (cls->lookup(n, v)) {
        out = bindDescriptor(v, Value(), cls);
        return true;
    }
    if (n == "__name__") {
        out = aw::str(cls->name());
        return true;
    }
    if (n == "__qualname__") {
        out = aw::str(cls->name());
        return true;
    }
    if (n == "__module__") {
        out = aw::str(cls->module().empty() ? std::string("builtins") : cls->module());
        return true;
    }
    if (n == "__mro__") {
        std::vector<Value> items;
        for (TypeObject *t : cls->mro())
            items.emplace_back(t);
        out = tuple(std::move(items));
        return true;
    }
    if (n == "__class__") {
        out = Value(typeOf(Value(cls)));
        return true;
    }
    if (n == "__bases__") {
        std::vector<Value> items(cls->bases().begin(), cls->bases().end());
        out = tuple(std::move(items));
        return true;
    }
    if (n == "__dict__") {
        auto d = make<DictObject>();
        for (const auto &[k, val] : cls->ownAttrs())
            d->setStr(k, val);
        out = Value(d);
        return true;
    }
    // Methods of the metatype (`type.mro`), bound to the class.
    if (typeType()->lookup(n, v)) {
        out = bindDescriptor(v, Value(cls), typeType());
        return true;
    }
    return false;
}

} // namespace

bool tryGetAttr(const Value &obj, const Value &name, Value &out)
{
    if (auto *cls = obj.as<TypeObject>())
        return typeAttribute(cls, name, out);
    TypeObject *type = typeOf(obj);
    if (type->slots.getAttrFirst && type->slots.getAttrFirst(obj, name, out))
        return true;
    Value descr;
    const bool hasDescr = lookupType(type, name, descr);
    if (hasDescr && typeOf(descr)->slots.descrSet) {
        out = bindDescriptor(descr, obj, type);
        return true;
    }
    // object.__class__ is a data descriptor: an instance attribute cannot hide it.
    if (!hasDescr && strText(name) == "__class__") {
        out = Value(type);
        return true;
    }
    if (!hasDescr && strText(name) == "__dict__") {
        if (DictObject *dict = instanceDict(obj, true)) {
            out = Value(static_cast<Object *>(dict));
            return true;
        }
    }
    if (DictObject *dict = instanceDict(obj)) {
        {
            if (const Value *v = dict->find(name)) {
                out = *v;
                return true;
            }
        }
    }
    if (hasDescr) {
        out = bindDescriptor(descr, obj, type);
        return true;
    }
    if (type->slots.getAttr && type->slots.getAttr(obj, name, out))
        return true;
    Value getattrHook;
    if (type->isHeapType() && type->lookup("__getattr__", getattrHook)) {
        try {
            out = call(bindDescriptor(getattrHook, obj, type), {name});
            return true;
        } catch (const PyException &e) {
            if (!e.isInstance(builtin::AttributeError()))
                throw;
        }
    }
    return false;
}

Value getAttr(const Value &obj, const Value &name)
{
    Value out;
    if (tryGetAttr(obj, name, out))
        return out;
    const std::string &n = strText(name, "attribute name");
    if (const ClassProtocol *p = protocolOfClass(obj); p && p->missingAttribute)
        raise(builtin::AttributeError(), p->missingAttribute(obj.as<TypeObject>(), n));
    if (auto *cls = obj.as<TypeObject>())
        raise(builtin::AttributeError(), "type object '" + cls->name() + "' has no attribute '" + n + "'");
    if (auto *m = obj.as<ModuleObject>()) {
        const std::string note = m->missingNote().empty() ? "" : " (" + m->missingNote() + ")";
        raise(builtin::AttributeError(), "module '" + m->name() + "' has no attribute '" + n + "'" + note);
    }
    raise(builtin::AttributeError(), "'" + typeOf(obj)->name() + "' object has no attribute '" + n + "'");
}

Value getAttr(const Value &obj, std::string_view n)
{
    return getAttr(obj, name(n));
}

bool hasAttr(const Value &obj, std::string_view n)
{
    Value out;
    return tryGetAttr(obj, name(n), out);
}

namespace {

// The class's own __setattr__ / __delattr__ when one in the MRO is not object's.
bool attrHook(TypeObject *type, const char *dunder, Value &hook)
{
    if (!type->isHeapType() || !type->lookup(dunder, hook))
        return false;
    Value base;
    return !(objectType()->lookup(dunder, base) && hook.is(base));
}

} // namespace

void setAttr(const Value &obj, const Value &name, const Value &v)
{
    const std::string &n = strText(name, "attribute name");
    if (auto *cls = obj.as<TypeObject>()) {
        if (!cls->isHeapType())
            raise(builtin::TypeError(), "cannot set '" + n + "' attribute of immutable type '" + cls->name() + "'");
        cls->setAttr(n, v);
        return;
    }
    TypeObject *type = typeOf(obj);
    Value hook;
    if (attrHook(type, "__setattr__", hook)) {
        call(bindDescriptor(hook, obj, type), {name, v});
        return;
    }
    genericSetAttr(obj, name, v);
}

void genericSetAttr(const Value &obj, const Value &name, const Value &v)
{
    const std::string &n = strText(name, "attribute name");
    TypeObject *type = typeOf(obj);
    Value descr;
    if (type->lookup(n, descr)) {
        if (auto set = typeOf(descr)->slots.descrSet) {
            set(descr, obj, v);
            return;
        }
    }
    DictObject *dict = instanceDict(obj, true);
    if (!dict) {
        if (descr.isNone() && !type->lookup(n, descr))
            raise(builtin::AttributeError(), "'" + type->name() + "' object has no attribute '" + n + "'");
        raise(builtin::AttributeError(), "'" + type->name() + "' object attribute '" + n + "' is read-only");
    }
    dict->set(name, v);
}

void delAttr(const Value &obj, const Value &name)
{
    TypeObject *type = typeOf(obj);
    Value hook;
    if (!obj.as<TypeObject>() && attrHook(type, "__delattr__", hook)) {
        call(bindDescriptor(hook, obj, type), {name});
        return;
    }
    genericDelAttr(obj, name);
}

void genericDelAttr(const Value &obj, const Value &name)
{
    const std::string &n = strText(name, "attribute name");
    TypeObject *type = typeOf(obj);
    Value descr;
    if (type->lookup(n, descr)) {
        if (auto del = typeOf(descr)->slots.descrDelete) {
            del(descr, obj);
            return;
        }
    }
    DictObject *dict = instanceDict(obj);
    if (!dict || !dict->remove(name))
        raise(builtin::AttributeError(), "'" + type->name() + "' object has no attribute '" + n + "'");
}

// --- calls

Value call(const Value &callable, const CallArgs &args)
{
    TypeObject *type = typeOf(callable);
    if (type->slots.call)
        return type->slots.call(callable, args);
    raiseNot(callable, "callable");
}

Value call(const Value &callable, std::initializer_list<Value> positional)
{
    return call(callable, CallArgs{std::span<const Value>(positional.begin(), positional.size()), {}});
}

// --- iteration and items

Value iter(const Value &v)
{
    TypeObject *type = typeOf(v);
    if (type->slots.iter)
        return type->slots.iter(v);
    if (const ClassProtocol *p = protocolOfClass(v); p && p->iter)
        return p->iter(v.as<TypeObject>());
    raiseNot(v, "iterable");
}

std::optional<Value> next(const Value &iterator)
{
    // The runtime's own loops (list(it), sum(it), sorted(it)) go through here: each item is
    // a unit of the run's budget.
    RunMeter::charge();
    TypeObject *type = typeOf(iterator);
    if (!type->slots.next)
        raiseNot(iterator, "an iterator");
    return type->slots.next(iterator);
}

int64_t len(const Value &v)
{
    TypeObject *type = typeOf(v);
    if (type->slots.len)
        return type->slots.len(v);
    if (const ClassProtocol *p = protocolOfClass(v); p && p->len)
        return p->len(v.as<TypeObject>());
    raise(builtin::TypeError(), "object of type '" + type->name() + "' has no len()");
}

Value getItem(const Value &obj, const Value &key)
{
    if (auto *cls = obj.as<TypeObject>()) {
        Value hook;
        if (cls->lookup("__class_getitem__", hook))
            return call(bindDescriptor(hook, Value(), cls), {key});
        if (const ClassProtocol *p = classProtocol(cls); p && p->getItem)
            return p->getItem(cls, key);
        raise(builtin::TypeError(), "type '" + cls->name() + "' is not subscriptable");
    }
    TypeObject *type = typeOf(obj);
    if (type->slots.getItem)
        return type->slots.getItem(obj, key);
    raiseNot(obj, "subscriptable");
}

void setItem(const Value &obj, const Value &key, const Value &v)
{
    TypeObject *type = typeOf(obj);
    if (type->slots.setItem)
        return type->slots.setItem(obj, key, v);
    raise(builtin::TypeError(), "'" + type->name() + "' object does not support item assignment");
}

void delItem(const Value &obj, const Value &key)
{
    TypeObject *type = typeOf(obj);
    if (type->slots.delItem)
        return type->slots.delItem(obj, key);
    raise(builtin::TypeError(), "'" + type->name() + "' object does not support item deletion");
}

bool contains(const Value &container, const Value &item)
{
    TypeObject *type = typeOf(container);
    if (type->slots.contains) {
        if (auto r = type->slots.contains(container, item))
            return *r;
    }
    if (const ClassProtocol *p = protocolOfClass(container); p && p->contains)
        return p->contains(container.as<TypeObject>(), item);
    if (!type->slots.iter)
        raise(builtin::TypeError(), "argument of type '" + type->name() + "' is not iterable");
    Value it = iter(container);
    while (auto x = next(it)) {
        if (x->is(item) || equals(*x, item))
            return true;
    }
    return false;
}

int64_t asIndex(const Value &v, std::string_view typeNameForError)
{
    if (v.isInt() || v.isBool())
        return v.asInt();
    if (v.as<BigIntObject>())
        raiseIndexOverflow(builtin::IndexError());
    Value hook;
    if (typeOf(v)->lookup("__index__", hook)) {
        Value r = call(bindDescriptor(hook, v, typeOf(v)), {});
        if (r.isInt())
            return r.asInt();
    }
    raise(builtin::TypeError(), std::string(typeNameForError) + " indices must be integers or slices, not "
                                    + typeOf(v)->name());
}

} // namespace aw::py
