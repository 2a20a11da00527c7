#pragma once
// asyncio.Lock, Event, Condition, Semaphore and BoundedSemaphore, as locks.py (3.11.7)
// writes them: waiters are woken in FIFO order, and every acquire repairs the state when
// its waiter is cancelled (a cancelled waiter that was already chosen passes the wake-up on).
// acquire()/wait() are coroutines, awaited inside a task.

#include "primitive.h"

#include <qcoro/qcorotask.h>

#include <functional>

namespace aw::aio {

TypeObject *lockType();
TypeObject *eventType();
TypeObject *conditionType();
TypeObject *semaphoreType();
TypeObject *boundedSemaphoreType();

class Lock : public Primitive {
public:
    explicit Lock(EventLoop *loop, std::string_view name = "Lock");
    // A lock inside another primitive (see Primitive's helper constructor).
    Lock(EventLoop *loop, uint32_t ownerResource, WaitKind waitKind);
    bool locked() const noexcept { return m_locked; }
    QCoro::Task<Value> acquire();
    // Raises RuntimeError('Lock is not acquired.') when not locked.
    void release();

protected:
    ResourceState snapshot() const override;

private:
    void wakeUpFirst();
    bool m_locked = false;
    int64_t m_holder = -1;
};

class Event : public Primitive {
public:
    explicit Event(EventLoop *loop, std::string_view name = "Event");
    Event(EventLoop *loop, uint32_t ownerResource, WaitKind waitKind);
    bool isSet() const noexcept { return m_value; }
    void set();
    void clear();
    QCoro::Task<Value> wait();

protected:
    ResourceState snapshot() const override;

private:
    bool m_value = false;
};

class Condition : public Primitive {
public:
    // Uses `lock`, or a new Lock of its own when null.
    Condition(EventLoop *loop, Ref<Lock> lock = {}, std::string_view name = "Condition");
    // A condition (with its own lock) inside another primitive: Barrier.
    Condition(EventLoop *loop, uint32_t ownerResource, WaitKind waitKind);
    const Ref<Lock> &lock() const noexcept { return m_lock; }
    bool locked() const noexcept { return m_lock->locked(); }

    QCoro::Task<Value> acquire() { return m_lock->acquire(); }
    void release() { m_lock->release(); }
    QCoro::Task<Value> wait();
    // Waits until predicate() is true (checked first, then after each wake-up).
    QCoro::Task<Value> waitFor(std::function<bool()> predicate);
    void notify(size_t n = 1);
    void notifyAll() { notify(m_waiters.size()); }

protected:
    ResourceState snapshot() const override;

private:
    Ref<Lock> m_lock;
};

class Semaphore : public Primitive {
public:
    // Raises ValueError for a negative value.
    explicit Semaphore(EventLoop *loop, int64_t value = 1, std::string_view name = "Semaphore",
                       TypeObject *type = semaphoreType());
    bool locked() const noexcept;
    int64_t value() const noexcept { return m_value; }
    QCoro::Task<Value> acquire();
    virtual void release();

protected:
    ResourceState snapshot() const override;
    int64_t m_value;

private:
    void wakeUpNext();
};

class BoundedSemaphore : public Semaphore {
public:
    explicit BoundedSemaphore(EventLoop *loop, int64_t value = 1, std::string_view name = "BoundedSemaphore");
    // Raises ValueError when released more often than acquired.
    void release() override;

private:
    int64_t m_bound;
};

} // namespace aw::aio
