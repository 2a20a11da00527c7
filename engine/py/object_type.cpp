// `object` and `type`: the defaults every class inherits, and calling a class.

#include "args.h"
#include "class_object.h"
#include "function.h"
#include "protocol.h"
#include "type_setup.h"

#include "core/str.h"

#include <cstdio>

namespace aw::py {

namespace {

std::string defaultRepr(const Value &v)
{
    TypeObject *t = typeOf(v);
    const std::string address = py::addressOf(*v.asObject());
    const std::string module = t->module().empty() || t->module() == "builtins" ? "" : t->module() + ".";
    return "<" + module + t->name() + " object at " + address + ">";
}

Value objectNew(TypeObject *cls, const CallArgs &args)
{
    if (!args.empty() && !definedInPython(cls, "__init__"))
        raise(builtin::TypeError(), cls->name() + "() takes no arguments");
    return Value(make<InstanceObject>(cls));
}

void objectInit(const Value &self, const CallArgs &args)
{
    if (!args.empty() && !definedInPython(typeOf(self), "__new__"))
        raise(builtin::TypeError(), "object.__init__() takes exactly one argument (the instance to initialize)");
}

Value objectCompare(const Value &a, const Value &b, CompareOp op)
{
    if (op == CompareOp::Eq)
        return a.is(b) ? Value::boolean(true) : notImplemented();
    if (op == CompareOp::Ne) {
        // object.__ne__ inverts the type's __eq__ (reached through super() or a class
        // defining only __eq__).
        auto eq = typeOf(a)->slots.richCompare;
        Value r = eq && eq != objectCompare ? eq(a, b, CompareOp::Eq) : objectCompare(a, b, CompareOp::Eq);
        if (r.is(notImplemented()))
            return r;
        return Value::boolean(!truthy(r));
    }
    return notImplemented();
}

Value typeCall(const Value &self, const CallArgs &args)
{
    auto *cls = self.as<TypeObject>();
    if (cls == typeType() && args.positional.size() == 1 && args.keywords.empty())
        return Value(typeOf(args.positional[0]));
    if (!cls->slots.newInstance)
        raise(builtin::TypeError(), "cannot create '" + cls->qualifiedName() + "' instances");
    Value obj = cls->slots.newInstance(cls, args);
    if (isInstance(obj, cls) && cls->slots.init)
        cls->slots.init(obj, args);
    return obj;
}

std::string typeRepr(const Value &v)
{
    auto *cls = v.as<TypeObject>();
    if (const ClassProtocol *p = classProtocol(cls); p && p->repr)
        return p->repr(cls);
    const std::string module = cls->module().empty() || cls->module() == "builtins" ? "" : cls->module() + ".";
    return "<class '" + module + cls->name() + "'>";
}

} // namespace

void setupObjectAndType()
{
    TypeSlots &o = objectType()->slots;
    o.repr = defaultRepr;
    o.hash = [](const Value &v) { return static_cast<int64_t>(v.asObject()->serial()); };
    o.richCompare = objectCompare;
    o.newInstance = objectNew;
    o.init = objectInit;
    // Reached as a function of the class (`Vector.__new__(Vector)`, super().__new__(cls)):
    // its first argument is the class to instantiate.
    defineMethod(objectType(), "__new__", [](const Value &self, const CallArgs &args) {
        auto *cls = self.as<TypeObject>();
        if (!cls)
            raise(builtin::TypeError(), "object.__new__(X): X is not a type object (" + typeOf(self)->name() + ")");
        if (solidBase(cls) != objectType())
            raise(builtin::TypeError(), "object.__new__(" + cls->name() + ") is not safe, use " + solidBase(cls)->name() +
                                            ".__new__()");
        return objectNew(cls, args);
    });
    defineMethod(objectType(), "__setattr__", [](const Value &self, const CallArgs &args) {
        auto a = parseArgs(args, "__setattr__", {"name", "value"}, 2, 2);
        genericSetAttr(self, a[0], a[1]);
        return Value();
    });
    defineMethod(objectType(), "__delattr__", [](const Value &self, const CallArgs &args) {
        genericDelAttr(self, oneArg(args, "__delattr__"));
        return Value();
    });

    TypeSlots &t = typeType()->slots;
    t.repr = typeRepr;
    t.call = typeCall;
    t.hash = [](const Value &v) { return static_cast<int64_t>(v.asObject()->serial()); };
    t.richCompare = objectCompare;
}

} // namespace aw::py
