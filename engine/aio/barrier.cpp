#include "barrier.h"

namespace aw::aio {

TypeObject *barrierType()
{
    static TypeObject *const t = makeBuiltinType("Barrier", "asyncio.locks", {});
    return t;
}

namespace {
PyException brokenBarrier(const char *message)
{
    return PyException::make(builtin::BrokenBarrierError(), message);
}
} // namespace

Barrier::Barrier(EventLoop *loop, int64_t parties, std::string_view name)
    : Primitive(barrierType(), loop, ResourceKind::Barrier, WaitKind::Barrier, name)
    , m_cond(make<Condition>(loop, resourceId(), WaitKind::Barrier))
    , m_parties(parties)
{
    if (parties < 1)
        throw PyException::make(builtin::ValueError(), "parties must be > 0");
    reportState();
}

ResourceState Barrier::snapshot() const
{
    return {nWaiting(), -1, static_cast<uint32_t>(m_count)};
}

void Barrier::setState(State s)
{
    m_state = s;
    reportState();
}

// The body of wait() under `async with self._cond`.
QCoro::Task<Value> Barrier::passThrough()
{
    co_await m_cond->waitFor([this] { return m_state != State::Draining && m_state != State::Resetting; });
    if (m_state == State::Broken)
        throw brokenBarrier("Barrier aborted");
    const int64_t index = m_count++;
    reportState();
    try {
        if (index + 1 == m_parties) {
            setState(State::Draining);
            m_cond->notifyAll();
        } else {
            co_await m_cond->waitFor([this] { return m_state != State::Filling; });
            if (m_state == State::Broken || m_state == State::Resetting)
                throw brokenBarrier("Abort or reset of barrier");
        }
    } catch (...) {
        --m_count;
        exitBarrier();
        throw;
    }
    --m_count;
    exitBarrier();
    co_return Value::integer(index);
}

QCoro::Task<Value> Barrier::wait()
{
    co_await m_cond->acquire();
    Value index;
    try {
        index = co_await passThrough();
    } catch (...) {
        m_cond->release();
        throw;
    }
    m_cond->release();
    co_return index;
}

void Barrier::exitBarrier()
{
    if (m_count == 0) {
        if (m_state == State::Resetting || m_state == State::Draining)
            m_state = State::Filling;
        m_cond->notifyAll();
    }
    reportState();
}

QCoro::Task<Value> Barrier::reset()
{
    co_await m_cond->acquire();
    if (m_count > 0)
        setState(State::Resetting);
    else
        setState(State::Filling);
    m_cond->notifyAll();
    m_cond->release();
    co_return Value();
}

QCoro::Task<Value> Barrier::abort()
{
    co_await m_cond->acquire();
    setState(State::Broken);
    m_cond->notifyAll();
    m_cond->release();
    co_return Value();
}

} // namespace aw::aio
