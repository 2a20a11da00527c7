#pragma once
// Step<T>: the coroutine type of the interpreter's tree walk.
//
// Running a scenario makes a C++ coroutine for every statement and expression that can
// suspend, on every execution: an `await asyncio.sleep()` inside a loop body inside `async
// with` is half a dozen frames per iteration. QCoro 0.8's Task is built for the few, long
// coroutines of a Qt program: each suspended await pushes its awaiter into a std::vector
// that final_suspend then copies, and awaiters are resumed by nested calls. Step keeps one
// continuation, hands control back by symmetric transfer, and takes its frames from a
// per-thread pool (core/block_pool.h), so the walk costs no heap traffic once the pool is warm.
//
// Semantics otherwise match QCoro::Task, which the rest of the engine uses and which Step
// awaits and is awaited by: it starts eagerly, resumes its awaiter when it finishes, and
// when its Step object is destroyed before the body has finished, the body runs on
// detached and frees its own frame.

#include "core/block_pool.h"

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace aw::interp {

template<typename T>
class Step;

namespace detail {

struct StepPromiseBase;

// Hands control to the awaiter, or frees a detached body's frame.
struct StepFinal {
    bool await_ready() noexcept { return false; }
    template<typename P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept;
    void await_resume() noexcept {}
};

struct StepPromiseBase {
    std::coroutine_handle<> continuation;
    std::exception_ptr error;
    bool detached = false;

    std::suspend_never initial_suspend() noexcept { return {}; }
    auto final_suspend() noexcept;
    void unhandled_exception() noexcept { error = std::current_exception(); }

    static void *operator new(size_t bytes) { return BlockPool::allocate(bytes); }
    static void operator delete(void *frame, size_t bytes) noexcept { BlockPool::release(frame, bytes); }
};

inline auto StepPromiseBase::final_suspend() noexcept
{
    return StepFinal{};
}

template<typename P>
std::coroutine_handle<> StepFinal::await_suspend(std::coroutine_handle<P> h) noexcept
{
    StepPromiseBase &p = h.promise();
    if (p.continuation)
        return p.continuation;
    if (p.detached)
        h.destroy();
    return std::noop_coroutine();
}

template<typename T>
struct StepPromise : StepPromiseBase {
    std::optional<T> value;
    Step<T> get_return_object() noexcept;
    template<typename U>
    void return_value(U &&v)
    {
        value.emplace(std::forward<U>(v));
    }
    T take()
    {
        if (error)
            std::rethrow_exception(error);
        return std::move(*value);
    }
};

template<>
struct StepPromise<void> : StepPromiseBase {
    Step<void> get_return_object() noexcept;
    void return_void() noexcept {}
    void take()
    {
        if (error)
            std::rethrow_exception(error);
    }
};

} // namespace detail

template<typename T>
class [[nodiscard]] Step {
public:
    using promise_type = detail::StepPromise<T>;
    using Handle = std::coroutine_handle<promise_type>;

    explicit Step(Handle h) noexcept : m_handle(h) {}
    Step(Step &&o) noexcept : m_handle(std::exchange(o.m_handle, {})) {}
    Step &operator=(Step &&o) noexcept
    {
        if (this != &o) {
            release();
            m_handle = std::exchange(o.m_handle, {});
        }
        return *this;
    }
    Step(const Step &) = delete;
    Step &operator=(const Step &) = delete;
    ~Step() { release(); }

    bool await_ready() const noexcept { return m_handle.done(); }
    void await_suspend(std::coroutine_handle<> awaiter) noexcept { m_handle.promise().continuation = awaiter; }
    T await_resume() { return m_handle.promise().take(); }

private:
    void release() noexcept
    {
        if (!m_handle)
            return;
        if (m_handle.done()) {
            m_handle.destroy();
        } else {
            // Nobody will take the result: the body finishes on its own and frees itself.
            m_handle.promise().continuation = {};
            m_handle.promise().detached = true;
        }
        m_handle = {};
    }

    Handle m_handle;
};

// What a child node gives its coroutine parent: the result at once when the child ran
// synchronously, else the child's Step. Awaiting it costs no frame in the first case.
template<typename T>
class [[nodiscard]] MaybeStep {
public:
    MaybeStep(T value) : m_value(std::move(value)) {}
    MaybeStep(Step<T> step) : m_step(std::move(step)) {}

    bool await_ready() const noexcept { return m_value || m_step->await_ready(); }
    void await_suspend(std::coroutine_handle<> awaiter) noexcept { m_step->await_suspend(awaiter); }
    T await_resume() { return m_value ? std::move(*m_value) : m_step->await_resume(); }

private:
    std::optional<T> m_value;
    std::optional<Step<T>> m_step;
};

namespace detail {
template<typename T>
Step<T> StepPromise<T>::get_return_object() noexcept
{
    return Step<T>(Step<T>::Handle::from_promise(*this));
}
inline Step<void> StepPromise<void>::get_return_object() noexcept
{
    return Step<void>(Step<void>::Handle::from_promise(*this));
}
} // namespace detail

} // namespace aw::interp
