// super, property, staticmethod and classmethod.

#include "args.h"
#include "class_object.h"
#include "function.h"
#include "protocol.h"
#include "type_setup.h"

#include "core/str.h"

namespace aw {

namespace {

class SuperObject : public Object {
public:
    SuperObject(TypeObject *cls, Value obj) : Object(superType()), cls(cls), obj(std::move(obj)) {}
    void clearReferences() override { obj = Value(); }
    Ref<TypeObject> cls;
    Value obj;
};

class PropertyObject : public Object {
public:
    PropertyObject(Value get, Value set, Value del) : Object(propertyType()), fget(get), fset(set), fdel(del) {}
    void clearReferences() override { fget = fset = fdel = name = Value(); }
    Value fget, fset, fdel;
    Value name; // the class attribute it was assigned to, once __set_name__ told it
};

std::string missingAccessor(const PropertyObject &p, const Value &instance, const char *accessor)
{
    const std::string owner = "'" + py::typeOf(instance)->name() + "' object";
    if (p.name.isNone())
        return "property of " + owner + " has no " + accessor;
    return "property " + py::repr(p.name) + " of " + owner + " has no " + accessor;
}

class WrapperObject : public Object {
public:
    WrapperObject(TypeObject *type, Value f) : Object(type), function(std::move(f)) {}
    void clearReferences() override { function = Value(); }
    Value function;
};

bool superGetAttr(const Value &self, const Value &name, Value &out)
{
    auto *s = self.as<SuperObject>();
    auto *objType = s->obj.as<TypeObject>();
    TypeObject *start = objType && objType->isSubtypeOf(s->cls.get()) ? objType : py::typeOf(s->obj);
    const std::string &n = py::strText(name);
    const auto &mro = start->mro();
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->cls.get())
        ++i;
    for (++i; i < mro.size(); ++i) {
        auto it = mro[i]->ownAttrs().find(n);
        if (it == mro[i]->ownAttrs().end())
            continue;
        const Value &v = it->second;
        if (auto get = py::typeOf(v)->slots.descrGet)
            out = get(v, objType ? Value() : s->obj, start);
        else
            out = v;
        return true;
    }
    return false;
}

} // namespace

TypeObject *superType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("super", "builtins", {});
        type->slots.getAttrFirst = superGetAttr;
        type->slots.repr = [](const Value &v) {
            auto *s = v.as<SuperObject>();
            return "<super: <class '" + s->cls->name() + "'>, <" + py::typeOf(s->obj)->name() + " object>>";
        };
        return type;
    }();
    return t;
}

TypeObject *propertyType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("property", "builtins", {});
        type->slots.newInstance = [](TypeObject *, const CallArgs &args) {
            auto a = py::parseArgs(args, "property", {"fget", "fset", "fdel", "doc"}, 0);
            return Value(make<PropertyObject>(a[0], a[1], a[2]));
        };
        type->slots.init = [](const Value &, const CallArgs &) {};
        type->slots.descrGet = [](const Value &self, const Value &instance, TypeObject *) {
            auto *p = self.as<PropertyObject>();
            if (instance.isNone())
                return self;
            if (p->fget.isNone())
                py::raise(builtin::AttributeError(), missingAccessor(*p, instance, "getter"));
            return py::call(p->fget, {instance});
        };
        type->slots.descrSet = [](const Value &self, const Value &instance, const Value &v) {
            auto *p = self.as<PropertyObject>();
            if (p->fset.isNone())
                py::raise(builtin::AttributeError(), missingAccessor(*p, instance, "setter"));
            py::call(p->fset, {instance, v});
        };

        auto with = [](int which) {
            return [which](const Value &self, const CallArgs &args) {
                auto *p = self.as<PropertyObject>();
                const Value &f = py::oneArg(args, which == 0 ? "getter" : which == 1 ? "setter" : "deleter");
                return Value(make<PropertyObject>(which == 0 ? f : p->fget, which == 1 ? f : p->fset,
                                                  which == 2 ? f : p->fdel));
            };
        };
        defineMethod(type, "getter", with(0));
        defineMethod(type, "setter", with(1));
        defineMethod(type, "deleter", with(2));
        return type;
    }();
    return t;
}

bool setPropertyName(const Value &v, const Value &name)
{
    auto *p = v.as<PropertyObject>();
    if (!p)
        return false;
    p->name = name;
    return true;
}

TypeObject *staticMethodType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("staticmethod", "builtins", {});
        type->slots.newInstance = [](TypeObject *cls, const CallArgs &args) {
            return Value(make<WrapperObject>(cls, py::oneArg(args, "staticmethod")));
        };
        type->slots.init = [](const Value &, const CallArgs &) {};
        type->slots.descrGet = [](const Value &self, const Value &, TypeObject *) {
            return self.as<WrapperObject>()->function;
        };
        type->slots.call = [](const Value &self, const CallArgs &args) {
            return py::call(self.as<WrapperObject>()->function, args);
        };
        return type;
    }();
    return t;
}

TypeObject *classMethodType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("classmethod", "builtins", {});
        type->slots.newInstance = [](TypeObject *cls, const CallArgs &args) {
            return Value(make<WrapperObject>(cls, py::oneArg(args, "classmethod")));
        };
        type->slots.init = [](const Value &, const CallArgs &) {};
        type->slots.descrGet = [](const Value &self, const Value &instance, TypeObject *owner) {
            Value cls = owner ? Value(owner) : Value(py::typeOf(instance));
            return Value(make<MethodObject>(self.as<WrapperObject>()->function, cls));
        };
        return type;
    }();
    return t;
}

namespace py {

Value makeSuper(TypeObject *cls, const Value &obj)
{
    auto *objType = obj.as<TypeObject>();
    if (!(objType && objType->isSubtypeOf(cls)) && !isInstance(obj, cls))
        raise(builtin::TypeError(), "super(type, obj): obj must be an instance or subtype of type");
    return Value(make<SuperObject>(cls, obj));
}

} // namespace py
} // namespace aw
