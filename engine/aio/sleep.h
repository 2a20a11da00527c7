#pragma once
// asyncio.sleep(delay, result): a timer that completes a future, awaited by the task.
// A delay of zero or less yields to the loop for one iteration instead (as __sleep0 does).

#include "awaiters.h"

namespace aw::aio {

class Sleep {
public:
    Sleep(EventLoop *loop, double delay, Value result = {})
        : m_loop(loop)
        , m_delay(delay)
        , m_result(std::move(result))
    {
    }
    Sleep(Sleep &&) = default;
    ~Sleep();

    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> h);
    Value await_resume();

private:
    EventLoop *m_loop;
    double m_delay;
    Value m_result;
    Task *m_task = nullptr;
    Ref<Future> m_future;
    Ref<TimerHandle> m_timer;
};

inline Sleep sleep(EventLoop &loop, double delay, Value result = {})
{
    return Sleep(&loop, delay, std::move(result));
}

} // namespace aw::aio
