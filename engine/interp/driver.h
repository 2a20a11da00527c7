#pragma once
// The outermost coroutine of a generator or async generator body.
//
// Unlike QCoro::Task it starts suspended (a generator's body must not run until the first
// next()/asend()), and when the body finishes it transfers control to `continuation` (the
// consumer awaiting an async generator) instead of returning to whoever resumed it last.
// The body catches every exception itself, so nothing escapes the promise. The owner
// destroys the frame once the body has finished.

#include <coroutine>
#include <exception>
#include <utility>

namespace aw::interp {

class Driver {
public:
    struct promise_type {
        std::coroutine_handle<> continuation;

        Driver get_return_object() { return Driver(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        auto final_suspend() noexcept
        {
            struct Transfer {
                bool await_ready() noexcept { return false; }
                std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept
                {
                    auto next = h.promise().continuation;
                    return next ? next : std::noop_coroutine();
                }
                void await_resume() noexcept {}
            };
            return Transfer{};
        }
        void return_void() noexcept {}
        void unhandled_exception() noexcept { std::terminate(); }
    };

    Driver() = default;
    explicit Driver(std::coroutine_handle<promise_type> h) : m_handle(h) {}
    Driver(Driver &&o) noexcept : m_handle(std::exchange(o.m_handle, {})) {}
    Driver &operator=(Driver &&o) noexcept
    {
        reset();
        m_handle = std::exchange(o.m_handle, {});
        return *this;
    }
    ~Driver() { reset(); }

    std::coroutine_handle<promise_type> handle() const noexcept { return m_handle; }
    bool done() const noexcept { return !m_handle || m_handle.done(); }
    // Destroys a finished body's frame. A body suspended mid-way is never destroyed (its
    // QCoro children would leak): owners close it first by throwing GeneratorExit in.
    void reset() noexcept
    {
        if (m_handle && m_handle.done())
            m_handle.destroy();
        m_handle = {};
    }

private:
    std::coroutine_handle<promise_type> m_handle;
};

} // namespace aw::interp
