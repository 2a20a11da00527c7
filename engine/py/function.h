#pragma once
// Functions implemented in C++ (`len`, `list.append`, `asyncio.sleep`...) and bound methods.
//
// A BuiltinFunctionObject is either a plain function or, stored in a type's dict, a method
// descriptor: looked up on an instance it binds that instance as `self`; looked up on the
// type it takes `self` as the first positional argument (`list.append(xs, 1)`).

#include "core/object.h"
#include "core/slots.h"
#include "core/value.h"

#include <functional>
#include <memory>
#include <string>

namespace aw {

TypeObject *builtinFunctionType();
TypeObject *methodType();

// `self` is the bound object, None for plain functions and unbound methods.
using BuiltinFunctionFn = std::function<Value(const Value &self, const CallArgs &args)>;

class BuiltinFunctionObject : public Object {
public:
    using Fn = BuiltinFunctionFn;

    BuiltinFunctionObject(std::string name, Fn fn, bool isMethod = false, Value self = {},
                          std::string ownerName = {});

    const std::string &name() const noexcept { return m_name; }
    // "list.append" for methods, "len" for functions.
    std::string qualifiedName() const;
    bool isMethod() const noexcept { return m_isMethod; }
    const Value &self() const noexcept { return m_self; }
    Value invoke(const CallArgs &args) const;
    // The same method bound to `self`.
    Ref<BuiltinFunctionObject> bind(const Value &self) const;
    void clearReferences() override { m_self = Value(); }

private:
    BuiltinFunctionObject(std::string name, std::shared_ptr<const Fn> fn, Value self, std::string ownerName);

    std::string m_name;
    std::string m_ownerName;
    std::shared_ptr<const Fn> m_fn; // shared: binding a method to an instance copies no closure
    bool m_isMethod;
    Value m_self;
};

// `instance.method` for a Python function: calling it passes `self` first.
class MethodObject : public Object {
public:
    MethodObject(Value function, Value self);
    const Value &function() const noexcept { return m_function; }
    const Value &self() const noexcept { return m_self; }
    void clearReferences() override
    {
        m_function = Value();
        m_self = Value();
    }

private:
    Value m_function;
    Value m_self;
};

// Registers a C++ method on a built-in type: `defineMethod(listType(), "append", fn)`.
void defineMethod(TypeObject *type, const std::string &name, BuiltinFunctionObject::Fn fn);
// A plain built-in function value.
Value builtinFunction(const std::string &name, BuiltinFunctionObject::Fn fn);

} // namespace aw
