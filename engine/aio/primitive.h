#pragma once
// What every synchronisation primitive shares: a FIFO of waiter futures (Trio's parking
// lot), a resource id for the trace, and reporting its state after each change.

#include "event_loop.h"

#include <qcoro/qcorotask.h>

#include <deque>

namespace aw::aio {

class Primitive : public Object {
public:
    Primitive(TypeObject *type, EventLoop *loop, ResourceKind kind, WaitKind waitKind, std::string_view name);
    // A helper inside another primitive (Queue.join's Event): its waiters show as waiting on
    // that primitive, and it has no lane of its own.
    Primitive(TypeObject *type, EventLoop *loop, uint32_t ownerResource, WaitKind waitKind);

    EventLoop *loop() const noexcept { return m_loop; }
    uint32_t resourceId() const noexcept { return m_resourceId; }
    size_t waiterCount() const noexcept { return m_waiters.size(); }
    void clearReferences() override { m_waiters.clear(); }

protected:
    // A new future appended to the waiters, labelled as waiting on this resource.
    Ref<Future> parkWaiter();
    void unparkWaiter(const Ref<Future> &fut);
    // Awaits a parked waiter; it leaves the waiters however the wait ends (the `finally:
    // self._waiters.remove(fut)` of every primitive in locks.py).
    QCoro::Task<Value> waitParked(Ref<Future> fut);
    // Reports the state returned by snapshot() to the loop's observers.
    void reportState();
    virtual ResourceState snapshot() const = 0;

    EventLoop *m_loop;
    std::deque<Ref<Future>> m_waiters;

private:
    uint32_t m_resourceId;
    WaitKind m_waitKind;
    bool m_reported = true;
};

} // namespace aw::aio
