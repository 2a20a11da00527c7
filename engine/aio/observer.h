#pragma once
// The engine-to-viewer interface: every transition the loop makes is reported here, as it
// happens, in the order it happens (in the spirit of Trio's Instrument hooks).
//
// Callbacks must not call back into the loop. Times are the loop's virtual time.

#include "wait_target.h"

#include <cstdint>
#include <string_view>

namespace aw {
class Value;
}

namespace aw::aio {

class Task;

enum class ResourceKind : uint8_t { Lock, Semaphore, Event, Condition, Queue, Barrier, ExecutorWorker };

// A snapshot of a resource after a change. Meaning of `value` by kind: Lock 1 if locked;
// Semaphore the permits left; Event 1 if set; Queue the number of items; Barrier the
// tasks waiting at it; Condition unused; ExecutorWorker 1 if busy.
struct ResourceState {
    int64_t value = 0;
    int64_t holder = -1;   // task id of a Lock's holder (or the job a worker runs), else -1
    uint32_t waiters = 0;  // tasks blocked on the resource
};

class Observer {
public:
    virtual ~Observer() = default;

    virtual void taskCreated(double, const Task &, const Task * /*parent*/) {}
    // The task's next step was put on the ready queue, by `waker` if a task caused it.
    virtual void taskReady(double, const Task &, const Task * /*waker*/) {}
    virtual void taskRunning(double, const Task &) {}
    virtual void taskWaiting(double, const Task &, const WaitTarget &) {}
    virtual void taskDone(double, const Task &) {}
    // The task was given a new name (create_task(name=...) names it right after creating
    // it, as CPython does; Task.set_name()).
    virtual void taskRenamed(double, const Task &) {}
    virtual void cancelRequested(double, const Task & /*target*/, const Task * /*by*/, const Value & /*msg*/) {}
    // A CancelledError is about to be thrown into the task at its await point.
    virtual void cancelDelivered(double, const Task &) {}

    virtual void resourceCreated(double, uint32_t /*id*/, ResourceKind, std::string_view /*name*/) {}
    virtual void resourceChanged(double, uint32_t /*id*/, const ResourceState &) {}

    // The loop's thread was blocked (time.sleep on the loop) from `from` to `to`.
    virtual void loopBlocked(double /*from*/, double /*to*/, const Task * /*by*/) {}
    virtual void output(double, const Task *, std::string_view /*text*/) {}
    // Nothing is ready, no timer is pending, and tasks still wait: the loop stops.
    virtual void deadlock(double) {}
};

} // namespace aw::aio
