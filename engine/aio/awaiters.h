#pragma once
// The only places a task's coroutine suspends. Each tells the running task what it now
// waits on and when to resume it; see the protocol described in task.h.

#include "event_loop.h"

#include <coroutine>

namespace aw::aio {

namespace detail {
inline Task &runningTask(EventLoop *loop)
{
    Task *t = loop->currentTask();
    if (!t)
        throw PyException::make(builtin::RuntimeError(), "await outside of a running task");
    return *t;
}
} // namespace detail

// `await fut`: returns at once when fut is already done (Future.__await__ does not yield
// then), else suspends the task until fut completes; returns fut.result().
class FutureAwaiter {
public:
    explicit FutureAwaiter(Ref<Future> fut) noexcept : m_fut(std::move(fut)) {}
    bool await_ready() const noexcept { return m_fut->done(); }
    bool await_suspend(std::coroutine_handle<> h)
    {
        m_task = &detail::runningTask(m_fut->loop());
        return m_task->suspendOn(m_fut.get(), h);
    }
    Value await_resume()
    {
        if (m_task)
            m_task->rethrowPending();
        return m_fut->result();
    }

private:
    Ref<Future> m_fut;
    Task *m_task = nullptr;
};

inline FutureAwaiter operator co_await(const Ref<Future> &fut) noexcept
{
    return FutureAwaiter(fut);
}
inline FutureAwaiter operator co_await(const Ref<Task> &task) noexcept
{
    return FutureAwaiter(Ref<Future>(task));
}

// A bare `yield` to the loop (asyncio.sleep(0)): the task runs again next iteration.
class YieldAwaiter {
public:
    explicit YieldAwaiter(EventLoop *loop) noexcept : m_loop(loop) {}
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> h)
    {
        m_task = &detail::runningTask(m_loop);
        return m_task->suspendYield(h);
    }
    void await_resume() { m_task->rethrowPending(); }

private:
    EventLoop *m_loop;
    Task *m_task = nullptr;
};

} // namespace aw::aio
