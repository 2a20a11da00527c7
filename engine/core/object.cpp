#include "object.h"

#include <vector>

namespace aw {

thread_local ObjectRegistry *Object::s_registry = nullptr;

namespace {
constexpr int kMaxNestedDeletes = 256;
thread_local int t_deleteDepth = 0;
thread_local std::vector<const Object *> t_deferredDeletes;
} // namespace

void Object::destroy(const Object *o) noexcept
{
    if (const_cast<Object *>(o)->finalize())
        return;
    if (t_deleteDepth >= kMaxNestedDeletes) {
        t_deferredDeletes.push_back(o);
        return;
    }
    ++t_deleteDepth;
    delete o;
    if (t_deleteDepth == 1) {
        while (!t_deferredDeletes.empty()) {
            const Object *next = t_deferredDeletes.back();
            t_deferredDeletes.pop_back();
            delete next;
        }
    }
    --t_deleteDepth;
}

void Object::clearReferences()
{
    if (Ref<Object> *slot = attributeSlot())
        *slot = nullptr;
}

void Object::link() noexcept
{
    m_registry = s_registry;
    m_next = m_registry->m_head;
    if (m_next)
        m_next->m_prev = this;
    m_registry->m_head = this;
    ++m_registry->m_count;
}

void Object::unlink() noexcept
{
    if (m_prev)
        m_prev->m_next = m_next;
    else
        m_registry->m_head = m_next;
    if (m_next)
        m_next->m_prev = m_prev;
    --m_registry->m_count;
    m_registry = nullptr;
    m_prev = m_next = nullptr;
}

ObjectRegistry::ObjectRegistry() = default;

ObjectRegistry::~ObjectRegistry()
{
    // Objects outliving their run (held by the caller) stop being tracked.
    while (m_head)
        m_head->unlink();
    if (m_installed)
        Object::s_registry = m_previous;
}

void ObjectRegistry::install() noexcept
{
    m_previous = Object::s_registry;
    Object::s_registry = this;
    m_installed = true;
}

void ObjectRegistry::breakCycles()
{
    // Keep everything alive while references are dropped, then let go: what nothing outside
    // the cycles holds is freed by the last decref. Clearing can make new objects (a
    // generator closed on the way runs its finally blocks), so repeat until none are left.
    for (int round = 0; round < 8 && m_head; ++round) {
        std::vector<Object *> objects;
        objects.reserve(m_count);
        for (Object *o = m_head; o; o = o->m_next)
            objects.push_back(o);
        for (Object *o : objects)
            o->incref();
        for (Object *o : objects)
            o->clearReferences();
        for (Object *o : objects)
            o->decref();
    }
}

} // namespace aw
