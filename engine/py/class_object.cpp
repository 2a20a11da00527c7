// Classes defined by scenarios: building the type and wiring its slots to Python dunders
// (CPython's typeobject.c slot_* functions).

#include "class_object.h"

#include "core/exception.h"
#include "core/str.h"
#include "protocol.h"
#include "slots_members.h"

#include <mutex>

namespace aw::py {

namespace {

// The bound dunder `name` of self's class, if a Python class defines one (or a built-in
// base, for the dunders built-in types expose by name).
bool findDunder(const Value &self, const char *name, Value &bound)
{
    TypeObject *type = typeOf(self);
    Value f;
    if (!type->lookup(name, f) || f.isNone())
        return false;
    if (auto get = typeOf(f)->slots.descrGet)
        bound = get(f, self, type);
    else
        bound = f;
    return true;
}

Value callDunder(const Value &self, const char *name, std::initializer_list<Value> args)
{
    Value bound;
    if (!findDunder(self, name, bound))
        raise(builtin::AttributeError(), "'" + typeOf(self)->name() + "' object has no attribute '" + name + "'");
    return call(bound, args);
}

std::string textResult(const Value &r, const char *dunder)
{
    if (auto *s = r.as<StrObject>())
        return s->utf8();
    raise(builtin::TypeError(), std::string(dunder) + " returned non-string (type " + typeOf(r)->name() + ")");
}

const char *const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Value slotCompare(const Value &a, const Value &b, CompareOp op)
{
    Value bound;
    if (findDunder(a, kCompareNames[static_cast<int>(op)], bound))
        return call(bound, {b});
    if (op == CompareOp::Ne && findDunder(a, "__eq__", bound)) {
        Value r = call(bound, {b});
        return isNotImplemented(r) ? r : Value::boolean(!truthy(r));
    }
    return notImplemented();
}

const char *const kBinaryNames[][3] = {
    {"__add__", "__radd__", "__iadd__"},       {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},       {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},       {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},       {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

template<int Op>
Value slotBinary(const Value &a, const Value &b)
{
    TypeObject *ta = typeOf(a);
    TypeObject *tb = typeOf(b);
    Value bound;
    const bool bIsSubclass = ta != tb && tb->isSubtypeOf(ta);
    if (bIsSubclass && tb->isHeapType() && findDunder(b, kBinaryNames[Op][1], bound)) {
        Value r = call(bound, {a});
        if (!isNotImplemented(r))
            return r;
    }
    if (ta->isHeapType() && findDunder(a, kBinaryNames[Op][0], bound)) {
        Value r = call(bound, {b});
        if (!isNotImplemented(r) || ta == tb)
            return r;
    }
    if (!bIsSubclass && ta != tb && tb->isHeapType() && findDunder(b, kBinaryNames[Op][1], bound))
        return call(bound, {a});
    return notImplemented();
}

template<int Op>
Value slotInplace(const Value &a, const Value &b)
{
    Value bound;
    if (findDunder(a, kBinaryNames[Op][2], bound))
        return call(bound, {b});
    return notImplemented();
}

template<size_t... I>
void wireBinary(TypeSlots &s, const TypeObject *cls, std::index_sequence<I...>);


template<size_t... I>
void wireBinary(TypeSlots &s, const TypeObject *cls, std::index_sequence<I...>)
{
    ((definedInPython(cls, kBinaryNames[I][0]) || definedInPython(cls, kBinaryNames[I][1])
          ? void(s.binary[I] = slotBinary<static_cast<int>(I)>)
          : void()),
     ...);
    ((definedInPython(cls, kBinaryNames[I][2]) ? void(s.inplace[I] = slotInplace<static_cast<int>(I)>) : void()), ...);
}

void wireSlots(TypeObject *cls)
{
    TypeSlots &s = cls->slots;
    auto defines = [cls](const char *n) { return definedInPython(cls, n); };
    if (defines("__repr__"))
        s.repr = [](const Value &v) { return textResult(callDunder(v, "__repr__", {}), "__repr__"); };
    if (defines("__str__"))
        s.str = [](const Value &v) { return textResult(callDunder(v, "__str__", {}), "__str__"); };
    if (defines("__hash__")) {
        Value h;
        cls->lookup("__hash__", h);
        s.hash = nullptr;
        if (!h.isNone()) {
            s.hash = [](const Value &v) {
                Value r = callDunder(v, "__hash__", {});
                if (!r.isInt() && !r.isBool())
                    raise(builtin::TypeError(), "__hash__ method should return an integer");
                return r.asInt() == -1 ? int64_t(-2) : r.asInt();
            };
        }
    } else if (defines("__eq__")) {
        // Defining __eq__ without __hash__ makes instances unhashable, as in Python.
        cls->setAttr("__hash__", Value());
        s.hash = nullptr;
    }
    for (const char *n : kCompareNames) {
        if (defines(n))
            s.richCompare = slotCompare;
    }
    if (defines("__bool__") || defines("__len__")) {
        s.truthy = [](const Value &v) {
            Value bound;
            if (findDunder(v, "__bool__", bound)) {
                Value r = call(bound, {});
                if (!r.isBool())
                    raise(builtin::TypeError(), "__bool__ should return bool, returned " + typeOf(r)->name());
                return r.asBool();
            }
            return len(v) != 0;
        };
    }
    if (defines("__len__")) {
        s.len = [](const Value &v) {
            Value r = callDunder(v, "__len__", {});
            if (!r.isInt() && !r.isBool())
                raise(builtin::TypeError(), "'" + typeOf(r)->name() + "' object cannot be interpreted as an integer");
            if (r.asInt() < 0)
                raise(builtin::ValueError(), "__len__() should return >= 0");
            return r.asInt();
        };
    }
    if (defines("__call__"))
        s.call = [](const Value &v, const CallArgs &args) {
            Value bound;
            findDunder(v, "__call__", bound);
            return py::call(bound, args);
        };
    if (defines("__iter__"))
        s.iter = [](const Value &v) { return callDunder(v, "__iter__", {}); };
    if (defines("__next__"))
        s.next = [](const Value &v) -> std::optional<Value> {
            try {
                return callDunder(v, "__next__", {});
            } catch (const PyException &e) {
                if (e.object()->type() == builtin::StopIteration())
                    return std::nullopt;
                throw;
            }
        };
    if (defines("__getitem__"))
        s.getItem = [](const Value &v, const Value &k) { return callDunder(v, "__getitem__", {k}); };
    if (defines("__setitem__"))
        s.setItem = [](const Value &v, const Value &k, const Value &x) { callDunder(v, "__setitem__", {k, x}); };
    if (defines("__delitem__"))
        s.delItem = [](const Value &v, const Value &k) { callDunder(v, "__delitem__", {k}); };
    if (defines("__contains__"))
        s.contains = [](const Value &v, const Value &x) -> std::optional<bool> {
            return truthy(callDunder(v, "__contains__", {x}));
        };
    wireBinary(s, cls, std::make_index_sequence<static_cast<size_t>(BinaryOp::Count)>());
    const char *const unaryNames[] = {"__neg__", "__pos__", "__invert__"};
    if (defines(unaryNames[0]))
        s.unary[0] = [](const Value &v) { return callDunder(v, "__neg__", {}); };
    if (defines(unaryNames[1]))
        s.unary[1] = [](const Value &v) { return callDunder(v, "__pos__", {}); };
    if (defines(unaryNames[2]))
        s.unary[2] = [](const Value &v) { return callDunder(v, "__invert__", {}); };
    if (defines("__get__"))
        s.descrGet = [](const Value &d, const Value &inst, TypeObject *owner) {
            return callDunder(d, "__get__", {inst, owner ? Value(owner) : Value()});
        };
    if (defines("__set__"))
        s.descrSet = [](const Value &d, const Value &inst, const Value &x) { callDunder(d, "__set__", {inst, x}); };
    if (defines("__init__"))
        s.init = [](const Value &self, const CallArgs &args) {
            Value bound;
            findDunder(self, "__init__", bound);
            Value r = py::call(bound, args);
            if (!r.isNone())
                raise(builtin::TypeError(), "__init__() should return None, not '" + typeOf(r)->name() + "'");
        };
    if (defines("__new__"))
        s.newInstance = [](TypeObject *c, const CallArgs &args) {
            Value f;
            c->lookup("__new__", f);
            if (auto get = typeOf(f)->slots.descrGet)
                f = get(f, Value(), c);
            std::vector<Value> positional{Value(c)};
            positional.insert(positional.end(), args.positional.begin(), args.positional.end());
            return py::call(f, CallArgs{positional, args.keywords});
        };
}

} // namespace

void refreshSlots(TypeObject *cls)
{
    wireSlots(cls);
}

bool definedInPython(const TypeObject *cls, const char *name)
{
    for (const TypeObject *t : cls->mro()) {
        if (!t->isHeapType())
            return false;
        if (t->ownAttrs().count(name))
            return true;
    }
    return false;
}

TypeObject *solidBase(const TypeObject *type)
{
    for (TypeObject *t : type->mro()) {
        if (!t->isHeapType())
            return t;
    }
    return objectType();
}

namespace {

// Registered when a module is first imported, possibly while another run reads the table.
std::mutex protocolsMutex;
std::vector<std::pair<const TypeObject *, const ClassProtocol *>> protocols;

} // namespace

void setClassProtocol(const TypeObject *base, const ClassProtocol *protocol)
{
    std::lock_guard lock(protocolsMutex);
    protocols.emplace_back(base, protocol);
}

const ClassProtocol *classProtocol(const TypeObject *cls)
{
    std::lock_guard lock(protocolsMutex);
    if (protocols.empty())
        return nullptr;
    for (const TypeObject *t : cls->mro()) {
        for (const auto &entry : protocols)
            if (entry.first == t)
                return entry.second;
    }
    return nullptr;
}

Ref<TypeObject> makeClass(const std::string &name, const std::string &module, std::vector<Ref<TypeObject>> bases,
                          const DictObject &ns)
{
    for (const auto &b : bases) {
        if (b.get() == boolType())
            raise(builtin::TypeError(), "type 'bool' is not an acceptable base type");
    }
    auto cls = make<TypeObject>(name, module, std::move(bases));
    cls->setHeapType(true);
    for (const auto &e : ns.entries()) {
        if (e.live)
            cls->setAttr(strText(e.key), e.value);
    }
    applySlots(cls.get(), ns);
    cls->slots = solidBase(cls.get())->slots;
    // Inherit what Python bases wired, then override with this class's own dunders.
    for (const TypeObject *t : cls->mro()) {
        if (t != cls.get() && t->isHeapType()) {
            cls->slots = t->slots;
            break;
        }
    }
    wireSlots(cls.get());
    // As type.__new__: every attribute whose type has __set_name__ learns its name.
    for (const auto &e : ns.entries()) {
        Value setName;
        if (!e.live || setPropertyName(e.value, e.key))
            continue;
        if (typeOf(e.value)->lookup("__set_name__", setName))
            call(setName, {e.value, Value(cls), e.key});
    }
    if (const ClassProtocol *p = classProtocol(cls.get()); p && p->created)
        p->created(cls.get(), ns);
    return cls;
}

} // namespace aw::py
