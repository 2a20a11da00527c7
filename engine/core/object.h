#pragma once
// The base of every Python-visible value that is not an immediate (None, bool, int, float).
//
// Objects are reference counted intrusively: a Ref<T> is one pointer, and an object is freed
// when its last Ref goes. Built-in type objects and other process-wide singletons are
// "immortal": their count never changes, so they can be shared by runs on different threads.
// Reference counts of mortal objects are not atomic: one scenario run owns its objects and
// runs on one thread.

#include <cstdint>
#include <utility>

namespace aw {

class TypeObject;
template<typename T>
class Ref;

class Object {
public:
    explicit Object(TypeObject *type) noexcept : m_serial(++s_serialCounter), m_type(type) {}
    Object(const Object &) = delete;
    Object &operator=(const Object &) = delete;
    virtual ~Object() = default;

    TypeObject *type() const noexcept { return m_type; }

    void incref() const noexcept
    {
        if (m_refcount != kImmortal)
            ++m_refcount;
    }
    void decref() const noexcept
    {
        if (m_refcount != kImmortal && --m_refcount == 0)
            delete this;
    }
    // A number unique to the object within a run, in creation order: id() and default
    // reprs (`<Foo object at 0x...>`) derive from it so that runs are reproducible.
    uint32_t serial() const noexcept { return m_serial; }
    // Restarts numbering; called at the start of each scenario run.
    static void resetSerials() noexcept { s_serialCounter = 0; }

    void makeImmortal() noexcept { m_refcount = kImmortal; }
    bool isImmortal() const noexcept { return m_refcount == kImmortal; }

    // Where the object keeps its own attributes (`obj.__dict__`), or null if it cannot have
    // any. The slot holds a dict object, made on first use by the Python runtime (core does
    // not know dicts).
    virtual Ref<Object> *attributeSlot() noexcept { return nullptr; }

protected:
    // Instances of user classes get their type set once the class object exists.
    void setType(TypeObject *type) noexcept { m_type = type; }

private:
    static constexpr uint32_t kImmortal = 0xFFFFFFFFu;
    mutable uint32_t m_refcount = 0;
    uint32_t m_serial; // fills what would otherwise be padding
    TypeObject *m_type;
    static thread_local uint32_t s_serialCounter;
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

template<typename T, typename... Args>
Ref<T> make(Args &&...args)
{
    return Ref<T>(new T(std::forward<Args>(args)...));
}

} // namespace aw
