// The builtins namespace: the context-free functions, the built-in type names, the
// exception classes, NotImplemented and Ellipsis.

#include "builtin_types.h"
#include "builtins_support.h"
#include "class_object.h"
#include "dict.h"
#include "iterators.h"
#include "module.h"
#include "protocol.h"

#include "core/containers.h"
#include "core/exception.h"
#include "core/str.h"

#include <cstring>

namespace aw {

TypeObject *ellipsisType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("ellipsis", "builtins", {});
        type->slots.repr = [](const Value &) { return std::string("Ellipsis"); };
        type->slots.hash = [](const Value &v) { return static_cast<int64_t>(v.asObject()->serial()); };
        return type;
    }();
    return t;
}

namespace {
class EllipsisObject : public Object {
public:
    EllipsisObject() : Object(ellipsisType()) { makeImmortal(); }
};
} // namespace

const Value &ellipsis()
{
    static const Value v(static_cast<Object *>(new EllipsisObject));
    return v;
}

namespace py {

namespace {

void addTypeNames(DictObject &builtins)
{
    const std::pair<const char *, TypeObject *> types[] = {
        {"int", intType()},           {"float", floatType()},       {"bool", boolType()},
        {"str", strType()},           {"list", listType()},         {"tuple", tupleType()},
        {"dict", dictType()},         {"set", setType()},           {"frozenset", frozensetType()},
        {"range", rangeType()},       {"slice", sliceType()},       {"object", objectType()},
        {"type", typeType()},         {"enumerate", enumerateType()}, {"zip", zipType()},
        {"map", mapType()},           {"filter", filterType()},     {"reversed", reversedType()},
        {"property", propertyType()}, {"staticmethod", staticMethodType()},
        {"classmethod", classMethodType()}, {"super", superType()},
    };
    for (const auto &[name, type] : types)
        builtins.setStr(name, Value(type));
}

void addExceptionClasses(DictObject &builtins)
{
#define X1(id, name, module, base)                                                                                    \
    if (std::strcmp(module, "builtins") == 0)                                                                         \
        builtins.setStr(name, Value(builtin::id()));
#define X2(id, name, module, base1, base2) X1(id, name, module, base1)
#include "core/exception_types.def"
#undef X1
#undef X2
}

} // namespace

void initBuiltinFunctions(DictObject &builtins)
{
    addTypeNames(builtins);
    addExceptionClasses(builtins);
    builtins.setStr("NotImplemented", notImplemented());
    builtins.setStr("Ellipsis", ellipsis());
    addNumericBuiltins(builtins);
    addIterBuiltins(builtins);
    addObjectBuiltins(builtins);
}

} // namespace py
} // namespace aw
