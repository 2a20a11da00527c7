#pragma once
// A move-only std::function that keeps small callables inside itself.
//
// libstdc++'s std::function stores a callable inline only when it is trivially copyable and
// at most 16 bytes, so every engine callback capturing a Ref (a future, a task) cost a
// malloc and a free; with several callbacks per await that was a fifth of a run's
// instructions. Callables up to Capacity bytes live in the object; larger ones go to the
// heap as before. Move-only, because no callback is ever called through two copies.

#include <cstddef>
#include <functional>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace aw {

template<typename Signature, std::size_t Capacity = 32>
class InlineFunction;

template<typename R, typename... Args, std::size_t Capacity>
class InlineFunction<R(Args...), Capacity> {
public:
    InlineFunction() noexcept = default;
    InlineFunction(std::nullptr_t) noexcept {}

    template<typename F, typename D = std::decay_t<F>,
             typename = std::enable_if_t<!std::is_same_v<D, InlineFunction> && std::is_invocable_r_v<R, D &, Args...>>>
    InlineFunction(F &&f)
    {
        if constexpr (fitsInline<D>()) {
            ::new (static_cast<void *>(m_storage)) D(std::forward<F>(f));
            m_ops = &inlineOps<D>;
        } else {
            ::new (static_cast<void *>(m_storage)) D *(new D(std::forward<F>(f)));
            m_ops = &heapOps<D>;
        }
    }

    InlineFunction(InlineFunction &&o) noexcept : m_ops(o.m_ops)
    {
        if (m_ops) {
            m_ops->move(o.m_storage, m_storage);
            o.m_ops = nullptr;
        }
    }
    InlineFunction &operator=(InlineFunction &&o) noexcept
    {
        if (this != &o) {
            reset();
            if (o.m_ops) {
                o.m_ops->move(o.m_storage, m_storage);
                m_ops = std::exchange(o.m_ops, nullptr);
            }
        }
        return *this;
    }
    InlineFunction &operator=(std::nullptr_t) noexcept
    {
        reset();
        return *this;
    }
    InlineFunction(const InlineFunction &) = delete;
    InlineFunction &operator=(const InlineFunction &) = delete;
    ~InlineFunction() { reset(); }

    explicit operator bool() const noexcept { return m_ops != nullptr; }

    R operator()(Args... args) const
    {
        if (!m_ops)
            throw std::bad_function_call();
        return m_ops->call(const_cast<unsigned char *>(m_storage), std::forward<Args>(args)...);
    }

private:
    struct Ops {
        R (*call)(void *, Args &&...);
        // Moves the callable from the first storage into the second and ends the first.
        void (*move)(void *, void *) noexcept;
        void (*destroy)(void *) noexcept;
    };

    template<typename D>
    static constexpr bool fitsInline()
    {
        return sizeof(D) <= Capacity && alignof(D) <= alignof(void *)
               && std::is_nothrow_move_constructible_v<D>;
    }

    template<typename D>
    static constexpr Ops inlineOps{
        [](void *s, Args &&...a) -> R { return std::invoke(*static_cast<D *>(s), std::forward<Args>(a)...); },
        [](void *from, void *to) noexcept {
            ::new (to) D(std::move(*static_cast<D *>(from)));
            static_cast<D *>(from)->~D();
        },
        [](void *s) noexcept { static_cast<D *>(s)->~D(); },
    };

    template<typename D>
    static constexpr Ops heapOps{
        [](void *s, Args &&...a) -> R { return std::invoke(**static_cast<D **>(s), std::forward<Args>(a)...); },
        [](void *from, void *to) noexcept { ::new (to) D *(*static_cast<D **>(from)); },
        [](void *s) noexcept { delete *static_cast<D **>(s); },
    };

    void reset() noexcept
    {
        if (m_ops)
            std::exchange(m_ops, nullptr)->destroy(m_storage);
    }

    // Pointer alignment, not max_align_t: a callback capturing a Ref and another callback
    // must fit in one Handle, and 16-byte alignment would pad it past that.
    alignas(void *) unsigned char m_storage[Capacity];
    const Ops *m_ops = nullptr;
};

} // namespace aw
