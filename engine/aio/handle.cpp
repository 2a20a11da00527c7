#include "handle.h"

#include "core/type.h"
#include "event_loop.h"

namespace aw::aio {

TypeObject *handleType()
{
    static TypeObject *const t = makeBuiltinType("Handle", "asyncio.events", {});
    return t;
}

TypeObject *timerHandleType()
{
    static TypeObject *const t = makeBuiltinType("TimerHandle", "asyncio.events", {handleType()});
    return t;
}

Handle::Handle(EventLoop *loop, Callback cb, TypeObject *type)
    : Object(type)
    , m_loop(loop)
    , m_callback(std::move(cb))
{
}

void Handle::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    // Dropping the callback releases whatever it captured (futures, tasks) right away.
    m_callback = nullptr;
}

void Handle::run()
{
    if (m_cancelled || !m_callback)
        return;
    // The callback may cancel this handle or drop the last reference to it.
    Callback cb = std::move(m_callback);
    cb();
}

TimerHandle::TimerHandle(EventLoop *loop, double when, uint64_t seq, Callback cb)
    : Handle(loop, std::move(cb), timerHandleType())
    , m_when(when)
    , m_seq(seq)
{
}

void TimerHandle::cancel()
{
    if (cancelled())
        return;
    if (m_scheduled)
        m_loop->timerHandleCancelled();
    Handle::cancel();
}

} // namespace aw::aio
