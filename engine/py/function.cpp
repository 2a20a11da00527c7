#include "function.h"

#include "core/type.h"
#include "protocol.h"

namespace aw {

namespace {

Value callBuiltin(const Value &self, const CallArgs &args)
{
    return self.as<BuiltinFunctionObject>()->invoke(args);
}

std::string reprBuiltin(const Value &self)
{
    auto *f = self.as<BuiltinFunctionObject>();
    if (f->isMethod() && !f->self().isNone()) {
        // Ints, floats and bools are not objects here: they get the address of none.
        const Value &owner = f->self();
        const std::string address = owner.isObject() ? py::addressOf(*owner.asObject()) : "0x7f0000000000";
        return "<built-in method " + f->name() + " of " + py::typeOf(owner)->name() + " object at " + address + ">";
    }
    if (f->isMethod())
        return "<method '" + f->name() + "' of objects>";
    return "<built-in function " + f->name() + ">";
}

Value bindBuiltin(const Value &self, const Value &instance, TypeObject *)
{
    auto *f = self.as<BuiltinFunctionObject>();
    if (!f->isMethod() || instance.isNone() || !f->self().isNone())
        return self;
    return Value(f->bind(instance));
}

Value callMethod(const Value &self, const CallArgs &args)
{
    auto *m = self.as<MethodObject>();
    std::vector<Value> positional;
    positional.reserve(args.positional.size() + 1);
    positional.push_back(m->self());
    positional.insert(positional.end(), args.positional.begin(), args.positional.end());
    return py::call(m->function(), CallArgs{positional, args.keywords});
}

} // namespace

TypeObject *builtinFunctionType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("builtin_function_or_method", "builtins", {});
        type->slots.call = callBuiltin;
        type->slots.repr = reprBuiltin;
        type->slots.descrGet = bindBuiltin;
        type->slots.hash = [](const Value &v) { return static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.asObject()) >> 4); };
        return type;
    }();
    return t;
}

TypeObject *methodType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("method", "builtins", {});
        type->slots.call = callMethod;
        type->slots.repr = [](const Value &v) {
            auto *m = v.as<MethodObject>();
            return "<bound method " + py::str(py::getAttr(m->function(), "__qualname__")) + " of " + py::repr(m->self())
                + ">";
        };
        type->slots.richCompare = [](const Value &a, const Value &b, CompareOp op) {
            auto *x = a.as<MethodObject>();
            auto *y = b.as<MethodObject>();
            if (!y || (op != CompareOp::Eq && op != CompareOp::Ne))
                return py::notImplemented();
            const bool same = x->function().is(y->function()) && x->self().is(y->self());
            return Value::boolean(op == CompareOp::Eq ? same : !same);
        };
        type->slots.hash = [](const Value &v) {
            auto *m = v.as<MethodObject>();
            return py::hash(m->function()) ^ static_cast<int64_t>(reinterpret_cast<uintptr_t>(m->self().asObject()) >> 4);
        };
        return type;
    }();
    return t;
}

BuiltinFunctionObject::BuiltinFunctionObject(std::string name, Fn fn, bool isMethod, Value self, std::string ownerName)
    : Object(builtinFunctionType())
    , m_name(std::move(name))
    , m_ownerName(std::move(ownerName))
    , m_fn(std::make_shared<const Fn>(std::move(fn)))
    , m_isMethod(isMethod)
    , m_self(std::move(self))
{
}

BuiltinFunctionObject::BuiltinFunctionObject(std::string name, std::shared_ptr<const Fn> fn, Value self,
                                             std::string ownerName)
    : Object(builtinFunctionType())
    , m_name(std::move(name))
    , m_ownerName(std::move(ownerName))
    , m_fn(std::move(fn))
    , m_isMethod(true)
    , m_self(std::move(self))
{
}

std::string BuiltinFunctionObject::qualifiedName() const
{
    return m_ownerName.empty() ? m_name : m_ownerName + "." + m_name;
}

Value BuiltinFunctionObject::invoke(const CallArgs &args) const
{
    if (!m_isMethod || !m_self.isNone())
        return (*m_fn)(m_self, args);
    // An unbound method called through its type: `self` is the first argument.
    if (args.positional.empty())
        py::raise(builtin::TypeError(), "unbound method " + qualifiedName() + "() needs an argument");
    return (*m_fn)(args.positional[0], CallArgs{args.positional.subspan(1), args.keywords});
}

Ref<BuiltinFunctionObject> BuiltinFunctionObject::bind(const Value &self) const
{
    return Ref<BuiltinFunctionObject>(new BuiltinFunctionObject(m_name, m_fn, self, m_ownerName));
}

MethodObject::MethodObject(Value function, Value self)
    : Object(methodType())
    , m_function(std::move(function))
    , m_self(std::move(self))
{
}

void defineMethod(TypeObject *type, const std::string &name, BuiltinFunctionObject::Fn fn)
{
    auto f = make<BuiltinFunctionObject>(name, std::move(fn), true, Value(), type->name());
    f->makeImmortal();
    type->setAttr(name, Value(f));
}

Value builtinFunction(const std::string &name, BuiltinFunctionObject::Fn fn)
{
    return Value(make<BuiltinFunctionObject>(name, std::move(fn)));
}

} // namespace aw
