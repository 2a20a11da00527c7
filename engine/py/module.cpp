#include "module.h"

#include "core/str.h"
#include "function.h"
#include "protocol.h"

namespace aw {

TypeObject *moduleType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("module", "builtins", {});
        type->slots.repr = [](const Value &v) { return "<module '" + v.as<ModuleObject>()->name() + "' (built-in)>"; };
        return type;
    }();
    return t;
}

ModuleObject::ModuleObject(std::string name)
    : Object(moduleType())
    , m_name(std::move(name))
    , m_dict(make<DictObject>())
{
    dict().setStr("__name__", aw::str(m_name));
}

DictObject &ModuleObject::dict()
{
    return *static_cast<DictObject *>(m_dict.get());
}

void ModuleObject::set(std::string_view attr, Value v)
{
    dict().set(py::name(attr), std::move(v));
}

void ModuleObject::def(const std::string &attr, BuiltinFunctionFn fn)
{
    set(attr, Value(make<BuiltinFunctionObject>(attr, std::move(fn), false, Value(), m_name)));
}

} // namespace aw
