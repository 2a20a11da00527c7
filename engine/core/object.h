#pragma once
// The base of every Python-visible value that is not an immediate (None, bool, int, float).
//
// Objects are reference counted intrusively: a Ref<T> is one pointer, and an object is freed
// when its last Ref goes. Built-in type objects and other process-wide singletons are
// "immortal": their count never changes, so they can be shared by runs on different threads.
// Reference counts of mortal objects are not atomic: one scenario run owns its objects and
// runs on one thread.

#include "block_pool.h"

#include <cstddef>
#include <cstdint>
#include <utility>

namespace aw {

class TypeObject;
class ObjectRegistry;
template<typename T>
class Ref;

class Object {
public:
    explicit Object(TypeObject *type) noexcept : m_serial(++s_serialCounter), m_type(type)
    {
        if (s_registry)
            link();
    }
    Object(const Object &) = delete;
    Object &operator=(const Object &) = delete;
    virtual ~Object()
    {
        if (m_registry)
            unlink();
    }

    // Drops every reference this object holds to others (its attributes, items, captured
    // values). Only called when a run ends, to free reference cycles; the default clears the
    // attribute dict. Subclasses holding other references extend it.
    virtual void clearReferences();
    // Called when the last reference goes, before deletion (CPython's tp_finalize). An object
    // that takes a new reference to itself here (an async generator scheduling its own
    // aclose()) returns true and is not deleted.
    virtual bool finalize() noexcept { return false; }

    TypeObject *type() const noexcept { return m_type; }

    // Objects are made and dropped at every step of a scenario: see block_pool.h.
    static void *operator new(size_t bytes) { return BlockPool::allocate(bytes); }
    static void operator delete(void *object, size_t bytes) noexcept { BlockPool::release(object, bytes); }

    void incref() const noexcept
    {
        if (m_refcount != kImmortal)
            ++m_refcount;
    }
    void decref() const noexcept
    {
        if (m_refcount != kImmortal && --m_refcount == 0)
            destroy(this);
    }
    // A number unique to the object within a run, in creation order: id() and default
    // reprs (`<Foo object at 0x...>`) derive from it so that runs are reproducible.
    uint32_t serial() const noexcept { return m_serial; }
    // Restarts numbering; called at the start of each scenario run.
    static void resetSerials() noexcept { s_serialCounter = 0; }

    void makeImmortal() noexcept
    {
        m_refcount = kImmortal;
        if (m_registry)
            unlink();
    }
    bool isImmortal() const noexcept { return m_refcount == kImmortal; }

    // Where the object keeps its own attributes (`obj.__dict__`), or null if it cannot have
    // any. The slot holds a dict object, made on first use by the Python runtime (core does
    // not know dicts).
    virtual Ref<Object> *attributeSlot() noexcept { return nullptr; }

protected:
    // Instances of user classes get their type set once the class object exists.
    void setType(TypeObject *type) noexcept { m_type = type; }

private:
    friend class ObjectRegistry;
    void link() noexcept;
    void unlink() noexcept;
    // Deletes `o`; deletions nested deeper than a few hundred (the last reference to a list
    // nested a million deep) wait for the outermost to finish, so freeing never overflows
    // the stack (CPython's "trashcan").
    static void destroy(const Object *o) noexcept;

    static constexpr uint32_t kImmortal = 0xFFFFFFFFu;
    mutable uint32_t m_refcount = 0;
    uint32_t m_serial; // fills what would otherwise be padding
    TypeObject *m_type;
    static thread_local uint32_t s_serialCounter;
    static thread_local ObjectRegistry *s_registry;
    // The run's registry links its objects (see ObjectRegistry).
    ObjectRegistry *m_registry = nullptr;
    Object *m_prev = nullptr;
    Object *m_next = nullptr;
};

// An owning pointer to an Object (or a subclass). Null is allowed.
template<typename T>
class Ref {
public:
    Ref() noexcept = default;
    Ref(std::nullptr_t) noexcept {}
    Ref(T *p) noexcept : m_ptr(p)
    {
        if (m_ptr)
            m_ptr->incref();
    }
    Ref(const Ref &o) noexcept : Ref(o.m_ptr) {}
    Ref(Ref &&o) noexcept : m_ptr(std::exchange(o.m_ptr, nullptr)) {}
    template<typename U>
    Ref(const Ref<U> &o) noexcept : Ref(static_cast<T *>(o.get())) {}
    template<typename U>
    Ref(Ref<U> &&o) noexcept : m_ptr(static_cast<T *>(o.release())) {}
    ~Ref()
    {
        if (m_ptr)
            m_ptr->decref();
    }
    Ref &operator=(Ref o) noexcept
    {
        std::swap(m_ptr, o.m_ptr);
        return *this;
    }

    T *get() const noexcept { return m_ptr; }
    T *operator->() const noexcept { return m_ptr; }
    T &operator*() const noexcept { return *m_ptr; }
    explicit operator bool() const noexcept { return m_ptr != nullptr; }
    // Gives up ownership without decrementing; the caller takes over the count.
    T *release() noexcept { return std::exchange(m_ptr, nullptr); }

    friend bool operator==(const Ref &a, const Ref &b) noexcept { return a.m_ptr == b.m_ptr; }
    friend bool operator==(const Ref &a, const T *b) noexcept { return a.m_ptr == b; }

private:
    T *m_ptr = nullptr;
};

// The objects of one run. While a registry is installed on a thread, every object made
// there is linked into it; breakCycles() then frees what only reference cycles keep alive
// (a module's functions and its globals, a class and its methods, a task and its futures),
// since reference counting alone never frees those.
class ObjectRegistry {
public:
    ObjectRegistry();
    ~ObjectRegistry();
    ObjectRegistry(const ObjectRegistry &) = delete;
    ObjectRegistry &operator=(const ObjectRegistry &) = delete;

    // Installs this registry on the current thread (restoring the previous one on destruction).
    void install() noexcept;
    void breakCycles();
    // Calls fn(object) for every object of the run still alive.
    template<typename F>
    void forEach(F &&fn) const
    {
        for (Object *o = m_head; o; o = o->m_next)
            fn(o);
    }
    size_t size() const noexcept { return m_count; }

private:
    friend class Object;
    Object *m_head = nullptr;
    size_t m_count = 0;
    ObjectRegistry *m_previous = nullptr;
    bool m_installed = false;
};

template<typename T, typename... Args>
Ref<T> make(Args &&...args)
{
    return Ref<T>(new T(std::forward<Args>(args)...));
}

} // namespace aw
