#pragma once
// A Python value: an immediate (None, bool, int, float) or a reference to an Object.
//
// Immediates avoid an allocation for the values scenarios use most (counters, delays,
// flags). Python ints are arbitrary precision; Value holds those that fit in int64, and the
// larger ones are objects of the same int type (py/bigint_value.h).

#include "object.h"

#include <cstdint>
#include <typeinfo>
#include <utility>

namespace aw {

class Value {
public:
    enum class Kind : uint8_t { None, Bool, Int, Float, Object };

    Value() noexcept = default;
    Value(std::nullptr_t) noexcept {}
    static Value boolean(bool b) noexcept
    {
        Value v;
        v.m_kind = Kind::Bool;
        v.m_int = b ? 1 : 0;
        return v;
    }
    static Value integer(int64_t i) noexcept
    {
        Value v;
        v.m_kind = Kind::Int;
        v.m_int = i;
        return v;
    }
    static Value floating(double d) noexcept
    {
        Value v;
        v.m_kind = Kind::Float;
        v.m_float = d;
        return v;
    }
    template<typename T>
    Value(const Ref<T> &o) noexcept : Value(static_cast<Object *>(o.get()))
    {
    }
    explicit Value(Object *o) noexcept
    {
        if (o) {
            m_kind = Kind::Object;
            m_obj = o;
            o->incref();
        }
    }

    Value(const Value &o) noexcept : m_kind(o.m_kind), m_int(o.m_int)
    {
        if (m_kind == Kind::Object)
            m_obj->incref();
    }
    Value(Value &&o) noexcept : m_kind(o.m_kind), m_int(o.m_int) { o.m_kind = Kind::None; }
    Value &operator=(Value o) noexcept
    {
        std::swap(m_kind, o.m_kind);
        std::swap(m_int, o.m_int);
        return *this;
    }
    ~Value()
    {
        if (m_kind == Kind::Object)
            m_obj->decref();
    }

    Kind kind() const noexcept { return m_kind; }
    bool isNone() const noexcept { return m_kind == Kind::None; }
    bool isBool() const noexcept { return m_kind == Kind::Bool; }
    bool isInt() const noexcept { return m_kind == Kind::Int; }
    bool isFloat() const noexcept { return m_kind == Kind::Float; }
    bool isObject() const noexcept { return m_kind == Kind::Object; }

    bool asBool() const noexcept { return m_int != 0; }
    int64_t asInt() const noexcept { return m_int; }
    double asFloat() const noexcept { return m_float; }
    Object *asObject() const noexcept { return m_kind == Kind::Object ? m_obj : nullptr; }

    // The object as T if it is one (checked by dynamic type), else null.
    //
    // The interpreter asks this at every step (is it a coroutine? a future? a str?), and a
    // dynamic_cast that fails walks the class hierarchy. The answer only depends on the
    // object's most-derived class, so each T remembers the last class that was a T and the
    // last that was not, and checks those first.
    template<typename T>
    T *as() const noexcept
    {
        if (m_kind != Kind::Object)
            return nullptr;
        const std::type_info *dynamicType = &typeid(*m_obj);
        if (dynamicType == CastMemo<T>::is)
            return static_cast<T *>(m_obj);
        if (dynamicType == CastMemo<T>::isNot)
            return nullptr;
        T *cast = dynamic_cast<T *>(m_obj);
        (cast ? CastMemo<T>::is : CastMemo<T>::isNot) = dynamicType;
        return cast;
    }

    // Identity, as Python's `is`: same immediate or same object.
    bool is(const Value &o) const noexcept { return m_kind == o.m_kind && m_int == o.m_int; }

private:
    template<typename T>
    struct CastMemo {
        static thread_local inline const std::type_info *is = nullptr;
        static thread_local inline const std::type_info *isNot = nullptr;
    };

    Kind m_kind = Kind::None;
    union {
        int64_t m_int = 0;
        double m_float;
        Object *m_obj;
    };
};

} // namespace aw
