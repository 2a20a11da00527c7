#pragma once
// Python `str`: immutable Unicode text, stored as UTF-8.

#include "object.h"
#include "value.h"

#include <string>
#include <string_view>

namespace aw {

TypeObject *strType();

class StrObject : public Object {
public:
    explicit StrObject(std::string utf8);
    const std::string &utf8() const noexcept { return m_utf8; }

private:
    std::string m_utf8;
};

inline Value str(std::string utf8)
{
    return Value(make<StrObject>(std::move(utf8)));
}

} // namespace aw
