#pragma once
// The sequence types the runtime itself produces: `tuple` and `list`.

#include "object.h"
#include "value.h"

#include <vector>

namespace aw {

TypeObject *tupleType();
TypeObject *listType();

class TupleObject : public Object {
public:
    explicit TupleObject(std::vector<Value> items);
    const std::vector<Value> &items() const noexcept { return m_items; }
    void clearReferences() override { m_items.clear(); }

private:
    std::vector<Value> m_items;
};

class ListObject : public Object {
public:
    explicit ListObject(std::vector<Value> items = {});
    void clearReferences() override { m_items.clear(); }
    std::vector<Value> &items() noexcept { return m_items; }
    const std::vector<Value> &items() const noexcept { return m_items; }

private:
    std::vector<Value> m_items;
};

inline Value tuple(std::vector<Value> items)
{
    return Value(make<TupleObject>(std::move(items)));
}
inline Value list(std::vector<Value> items)
{
    return Value(make<ListObject>(std::move(items)));
}

} // namespace aw
