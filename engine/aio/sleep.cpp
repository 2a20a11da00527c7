#include "sleep.h"

namespace aw::aio {

Sleep::~Sleep()
{
    // sleep()'s `finally: h.cancel()`, also when the awaiting frame is unwound.
    if (m_timer)
        m_timer->cancel();
}

bool Sleep::await_suspend(std::coroutine_handle<> h)
{
    m_task = &detail::runningTask(m_loop);
    if (m_delay <= 0)
        return m_task->suspendYield(h);
    m_future = m_loop->createFuture();
    const double when = m_loop->time() + m_delay;
    m_future->setWaitTarget({WaitKind::Sleep, m_future->futureId(), when});
    Ref<Future> fut = m_future;
    Value result = m_result;
    m_timer = m_loop->callLater(m_delay, [fut, result] {
        if (!fut->cancelled())
            fut->setResult(result);
    });
    return m_task->suspendOn(m_future.get(), h);
}

Value Sleep::await_resume()
{
    if (m_timer)
        std::exchange(m_timer, nullptr)->cancel();
    m_task->rethrowPending();
    if (!m_future)
        return m_result;
    return m_future->result();
}

} // namespace aw::aio
