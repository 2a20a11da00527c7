#pragma once
// The resource lanes of the timeline: each Lock, Semaphore, Event, Condition, Queue, Barrier
// and executor worker the run created, as a step function of its state over time, plus one
// lane for the intervals in which time.sleep() blocked the event loop.

#include "trace/trace.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace awaitscope {

enum class ResourceLaneKind : uint8_t { Lock, Semaphore, Event, Condition, Queue, Barrier, ExecutorWorker, LoopBlocked };

// The state from this sample's time until the next sample's (the last one: until the end).
// `value` as aio::ResourceState: Lock 1 if locked; Semaphore the permits left; Event 1 if
// set; Queue its items; Barrier the tasks waiting at it; ExecutorWorker and LoopBlocked 1
// while busy/blocked.
struct ResourceSample {
    double time = 0.0;
    uint32_t seq = 0;     // the event that set this state (LoopBlocked's end: the first event after it)
    int32_t value = 0;
    uint32_t holder = 0;  // ResourceChanged's holder + 1: a Lock's task, a worker's job (0: none)
    uint32_t waiters = 0; // tasks blocked on the resource
    uint32_t task = 0;    // task + 1 the state belongs to: Lock holder, a job's submitter, the blocking task
};

struct ResourceLane {
    uint32_t resourceId = 0; // the engine's resource id (unused for LoopBlocked)
    ResourceLaneKind kind = ResourceLaneKind::Lock;
    QString name;
    double created = 0.0;
    uint32_t createdSeq = 0;
    int32_t maxValue = 0;  // the largest value seen: a Semaphore's permits, a Queue's deepest
    uint32_t maxWaiters = 0;
    std::vector<ResourceSample> samples;
};

class ResourceLanes {
public:
    const std::vector<ResourceLane> &lanes() const noexcept { return m_lanes; }
    // Lane index of an engine resource id, -1 when unknown.
    int64_t laneOf(uint32_t resourceId) const noexcept;

    void created(const aw::trace::Event &e, const QString &name);
    // `running`: the task whose step runs now (-1: none), the submitter of a job that starts.
    void changed(const aw::trace::Event &e, int64_t running);
    void loopBlocked(const aw::trace::Event &e);
    // A task awaits executor job `job`: names the task behind a job started outside it.
    void jobAwaited(uint32_t job, uint32_t task);
    // Called for every event in order: resolves where a loop block ends in event order.
    void advance(uint32_t seq, double time);

private:
    ResourceLane *find(uint32_t resourceId);

    std::vector<ResourceLane> m_lanes;
    std::vector<int64_t> m_laneOfResource; // resource id -> lane index
    std::vector<uint32_t> m_jobTask;       // job id -> task + 1
    int64_t m_loopLane = -1;
    bool m_blockEndPending = false;
};

} // namespace awaitscope
