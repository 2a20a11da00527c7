#pragma once
// What a suspended task waits on, as the viewer shows it.
//
// In asyncio every suspension is an await on a Future; the future's creator knows what it
// stands for (a sleep, a lock's waiter, a queue getter...) and labels it with a WaitTarget.

#include <cstdint>
#include <string_view>

namespace aw::aio {

enum class WaitKind : uint8_t {
    Nothing,   // not waiting (ready, running or done)
    Yield,     // `await asyncio.sleep(0)`: one loop iteration
    Sleep,     // a timer; `until` is its deadline
    Task,      // another task; `id` is its task id
    Future,    // a plain Future; `id` is its future id
    Lock,      // the resources below: `id` is the resource id
    Semaphore,
    Event,
    Condition,
    Queue,     // waiting to get from a queue (or in join())
    QueuePut,  // waiting for room in a bounded queue
    Barrier,
    Executor,  // an executor job; `id` is the job id
    Gather,    // gather()/wait()/as_completed(): `id` is the future id of the aggregate
    Wait,
    Timeout,   // wait_for()/timeout(): the waiter future; `id` is its future id
};

struct WaitTarget {
    WaitKind kind = WaitKind::Nothing;
    uint32_t id = 0;
    double until = 0.0;
};

std::string_view waitKindName(WaitKind kind);

} // namespace aw::aio
