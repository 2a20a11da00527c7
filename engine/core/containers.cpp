#include "containers.h"

#include "type.h"

namespace aw {

TypeObject *tupleType()
{
    static TypeObject *const t = makeBuiltinType("tuple", "builtins", {});
    return t;
}

TypeObject *listType()
{
    static TypeObject *const t = makeBuiltinType("list", "builtins", {});
    return t;
}

TupleObject::TupleObject(std::vector<Value> items)
    : Object(tupleType())
    , m_items(std::move(items))
{
}

ListObject::ListObject(std::vector<Value> items)
    : Object(listType())
    , m_items(std::move(items))
{
}

} // namespace aw
