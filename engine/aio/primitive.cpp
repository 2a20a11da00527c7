#include "primitive.h"

#include "awaiters.h"

#include <algorithm>

namespace aw::aio {

Primitive::Primitive(TypeObject *type, EventLoop *loop, ResourceKind kind, WaitKind waitKind, std::string_view name)
    : Object(type)
    , m_loop(loop)
    , m_resourceId(loop->newResource(kind, name))
    , m_waitKind(waitKind)
{
}

Primitive::Primitive(TypeObject *type, EventLoop *loop, uint32_t ownerResource, WaitKind waitKind)
    : Object(type)
    , m_loop(loop)
    , m_resourceId(ownerResource)
    , m_waitKind(waitKind)
    , m_reported(false)
{
}

Ref<Future> Primitive::parkWaiter()
{
    Ref<Future> fut = m_loop->createFuture();
    fut->setWaitTarget({m_waitKind, m_resourceId, 0.0});
    m_waiters.push_back(fut);
    reportState();
    return fut;
}

void Primitive::unparkWaiter(const Ref<Future> &fut)
{
    auto it = std::find(m_waiters.begin(), m_waiters.end(), fut);
    if (it != m_waiters.end())
        m_waiters.erase(it);
    reportState();
}

QCoro::Task<Value> Primitive::waitParked(Ref<Future> fut)
{
    Value result;
    try {
        result = co_await FutureAwaiter(fut);
    } catch (...) {
        unparkWaiter(fut);
        throw;
    }
    unparkWaiter(fut);
    co_return result;
}

void Primitive::reportState()
{
    if (m_reported)
        m_loop->reportResource(m_resourceId, snapshot());
}

} // namespace aw::aio
