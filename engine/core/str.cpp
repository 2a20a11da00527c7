#include "str.h"

#include "type.h"

namespace aw {

TypeObject *strType()
{
    static TypeObject *const t = makeBuiltinType("str", "builtins", {});
    return t;
}

StrObject::StrObject(std::string utf8)
    : Object(strType())
    , m_utf8(std::move(utf8))
{
}

} // namespace aw
