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

    // The hash, computed once: a str is immutable and hashed on every dict and attribute
    // lookup, as CPython caches it too.
    template<typename F>
    int64_t cachedHash(F compute) const
    {
        if (!m_hashed) {
            m_hash = compute(m_utf8);
            m_hashed = true;
        }
        return m_hash;
    }

private:
    std::string m_utf8;
    mutable int64_t m_hash = 0;
    mutable bool m_hashed = false;
};

inline Value str(std::string utf8)
{
    return Value(make<StrObject>(std::move(utf8)));
}

} // namespace aw
