#include "locks.h"

#include "awaiters.h"

#include <algorithm>

namespace aw::aio {

namespace {
bool isCancelled(const PyException &e)
{
    return e.isInstance(builtin::CancelledError());
}
int64_t currentTaskId(EventLoop *loop)
{
    const Task *t = loop->currentTask();
    return t ? t->taskId() : -1;
}
} // namespace

TypeObject *lockType()
{
    static TypeObject *const t = makeBuiltinType("Lock", "asyncio.locks", {});
    return t;
}
TypeObject *eventType()
{
    static TypeObject *const t = makeBuiltinType("Event", "asyncio.locks", {});
    return t;
}
TypeObject *conditionType()
{
    static TypeObject *const t = makeBuiltinType("Condition", "asyncio.locks", {});
    return t;
}
TypeObject *semaphoreType()
{
    static TypeObject *const t = makeBuiltinType("Semaphore", "asyncio.locks", {});
    return t;
}
TypeObject *boundedSemaphoreType()
{
    static TypeObject *const t = makeBuiltinType("BoundedSemaphore", "asyncio.locks", {semaphoreType()});
    return t;
}

// --- Lock

Lock::Lock(EventLoop *loop, std::string_view name)
    : Primitive(lockType(), loop, ResourceKind::Lock, WaitKind::Lock, name)
{
}

Lock::Lock(EventLoop *loop, uint32_t ownerResource, WaitKind waitKind)
    : Primitive(lockType(), loop, ownerResource, waitKind)
{
}

ResourceState Lock::snapshot() const
{
    return {m_locked ? 1 : 0, m_locked ? m_holder : -1, static_cast<uint32_t>(m_waiters.size())};
}

QCoro::Task<Value> Lock::acquire()
{
    const bool allCancelled = std::all_of(m_waiters.begin(), m_waiters.end(), [](const auto &w) { return w->cancelled(); });
    if (!m_locked && allCancelled) {
        m_locked = true;
        m_holder = currentTaskId(m_loop);
        reportState();
        co_return Value::boolean(true);
    }
    Ref<Future> fut = parkWaiter();
    try {
        co_await waitParked(fut);
    } catch (const PyException &e) {
        if (isCancelled(e) && !m_locked)
            wakeUpFirst();
        throw;
    }
    m_locked = true;
    m_holder = currentTaskId(m_loop);
    reportState();
    co_return Value::boolean(true);
}

void Lock::release()
{
    if (!m_locked)
        throw PyException::make(builtin::RuntimeError(), "Lock is not acquired.");
    m_locked = false;
    m_holder = -1;
    reportState();
    wakeUpFirst();
}

void Lock::wakeUpFirst()
{
    if (m_waiters.empty())
        return;
    const Ref<Future> &fut = m_waiters.front();
    if (!fut->done())
        fut->setResult(Value::boolean(true));
}

// --- Event

Event::Event(EventLoop *loop, std::string_view name)
    : Primitive(eventType(), loop, ResourceKind::Event, WaitKind::Event, name)
{
}

Event::Event(EventLoop *loop, uint32_t ownerResource, WaitKind waitKind)
    : Primitive(eventType(), loop, ownerResource, waitKind)
{
}

ResourceState Event::snapshot() const
{
    return {m_value ? 1 : 0, -1, static_cast<uint32_t>(m_waiters.size())};
}

void Event::set()
{
    if (m_value)
        return;
    m_value = true;
    for (const auto &fut : m_waiters) {
        if (!fut->done())
            fut->setResult(Value::boolean(true));
    }
    reportState();
}

void Event::clear()
{
    m_value = false;
    reportState();
}

QCoro::Task<Value> Event::wait()
{
    if (m_value)
        co_return Value::boolean(true);
    Ref<Future> fut = parkWaiter();
    co_await waitParked(fut);
    co_return Value::boolean(true);
}

// --- Condition

Condition::Condition(EventLoop *loop, Ref<Lock> lock, std::string_view name)
    : Primitive(conditionType(), loop, ResourceKind::Condition, WaitKind::Condition, name)
    , m_lock(lock ? std::move(lock) : make<Lock>(loop))
{
}

Condition::Condition(EventLoop *loop, uint32_t ownerResource, WaitKind waitKind)
    : Primitive(conditionType(), loop, ownerResource, waitKind)
    , m_lock(make<Lock>(loop, ownerResource, waitKind))
{
}

QCoro::Task<Value> Condition::waitFor(std::function<bool()> predicate)
{
    while (!predicate())
        co_await wait();
    co_return Value::boolean(true);
}

ResourceState Condition::snapshot() const
{
    return {m_lock->locked() ? 1 : 0, -1, static_cast<uint32_t>(m_waiters.size())};
}

QCoro::Task<Value> Condition::wait()
{
    if (!locked())
        throw PyException::make(builtin::RuntimeError(), "cannot wait on un-acquired lock");
    release();
    std::exception_ptr pending;
    try {
        Ref<Future> fut = parkWaiter();
        co_await waitParked(fut);
    } catch (const PyException &) {
        pending = std::current_exception();
    }
    // The `finally:` of Condition.wait: reacquire the lock whatever happened, retrying
    // through cancellations, and only then report a cancellation.
    bool cancelled = false;
    for (;;) {
        try {
            co_await acquire();
            break;
        } catch (const PyException &e) {
            if (!isCancelled(e))
                throw;
            cancelled = true;
        }
    }
    if (cancelled)
        throw PyException(newException(builtin::CancelledError(), ""));
    if (pending)
        std::rethrow_exception(pending);
    co_return Value::boolean(true);
}

void Condition::notify(size_t n)
{
    if (!locked())
        throw PyException::make(builtin::RuntimeError(), "cannot notify on un-acquired lock");
    size_t idx = 0;
    for (const auto &fut : m_waiters) {
        if (idx >= n)
            break;
        if (!fut->done()) {
            ++idx;
            fut->setResult(Value::boolean(false));
        }
    }
}

// --- Semaphore

Semaphore::Semaphore(EventLoop *loop, int64_t value, std::string_view name, TypeObject *type)
    : Primitive(type, loop, ResourceKind::Semaphore, WaitKind::Semaphore, name)
    , m_value(value)
{
    if (value < 0)
        throw PyException::make(builtin::ValueError(), "Semaphore initial value must be >= 0");
    reportState();
}

ResourceState Semaphore::snapshot() const
{
    return {m_value, -1, static_cast<uint32_t>(m_waiters.size())};
}

bool Semaphore::locked() const noexcept
{
    return m_value == 0 || std::any_of(m_waiters.begin(), m_waiters.end(), [](const auto &w) { return !w->cancelled(); });
}

QCoro::Task<Value> Semaphore::acquire()
{
    if (!locked()) {
        --m_value;
        reportState();
        co_return Value::boolean(true);
    }
    Ref<Future> fut = parkWaiter();
    try {
        co_await waitParked(fut);
    } catch (const PyException &e) {
        if (isCancelled(e) && !fut->cancelled()) {
            // Woken, then cancelled before running: give the permit back to the next waiter.
            ++m_value;
            wakeUpNext();
        }
        throw;
    }
    if (m_value > 0)
        wakeUpNext();
    co_return Value::boolean(true);
}

void Semaphore::release()
{
    ++m_value;
    wakeUpNext();
    reportState();
}

void Semaphore::wakeUpNext()
{
    for (const auto &fut : m_waiters) {
        if (!fut->done()) {
            --m_value;
            fut->setResult(Value::boolean(true));
            return;
        }
    }
}

BoundedSemaphore::BoundedSemaphore(EventLoop *loop, int64_t value, std::string_view name)
    : Semaphore(loop, value, name, boundedSemaphoreType())
    , m_bound(value)
{
}

void BoundedSemaphore::release()
{
    if (m_value >= m_bound)
        throw PyException::make(builtin::ValueError(), "BoundedSemaphore released too many times");
    Semaphore::release();
}

} // namespace aw::aio
