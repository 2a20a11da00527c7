#pragma once
// What the timeline shows, computed from a recorded trace: one lane per task (state spans in
// virtual time, nested under the task that created it), one lane per resource, who woke and
// who awaits whom, and where cancellations were requested and delivered.
//
// Built from a trace, never from the engine, and extended incrementally as a live trace
// grows: update() consumes the events it has not seen yet. Storage is compact (a span is 32
// bytes, a resource sample 32) and grows by amortised appends only, so 10,000 tasks and
// millions of events stay cheap. Event sequence numbers are held in 32 bits: a trace longer
// than kMaxEvents is shown up to that event and reports truncated().

#include "timeline_resources.h"
#include "trace/trace.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace awaitscope {

enum class TaskState : uint8_t { Ready, Running, Waiting, Done, Failed, Cancelled };

// A span of one state. `end`/`endEvent` of a task's last span grow with the trace while the
// task is alive; a finished task's last span is the instant it finished (end == start).
struct StateSpan {
    double start = 0.0;
    double end = 0.0;
    uint32_t firstEvent = 0; // the event that began the span
    uint32_t endEvent = 0;   // the event that began the next span (the trace's size while open)
    // Ready: waking task + 1 (0: none). Waiting: the wait target id (see WaitKind).
    // Done/Failed: the description string (result repr or "Type: message").
    uint32_t detail = 0;
    TaskState state = TaskState::Ready;
    aw::aio::WaitKind waitKind = aw::aio::WaitKind::Nothing; // for Waiting
};

struct TaskLane {
    uint32_t taskId = 0;
    int64_t parent = -1;      // index of the parent lane, -1 for top-level tasks
    int depth = 0;            // nesting under the creating task
    QString name;             // "Task-2"
    QString coroutine;        // "worker"
    // Created by asyncio.run itself at shutdown (shutdown_asyncgens, the default executor's
    // shutdown) or by such a task: drawn dimmed, never hidden.
    bool internal = false;
    bool created = false; // its creation was seen (a malformed trace may name a task without one)
    std::vector<size_t> children; // lane indices, in creation order
    std::vector<StateSpan> spans;
};

// Wake: `from` made `to` ready (TaskReady's waker). Await: `from` began waiting on `to`,
// either directly (WaitKind::Task) or through gather()/wait()/a TaskGroup (WaitKind::Gather
// or Wait). The engine labels those aggregate waits with the aggregate future's id, which the
// trace does not link to its members, so their edges point at the waiter's own child tasks
// still unfinished when the wait began: what gather(*coros), TaskGroup and wait() await.
enum class EdgeKind : uint8_t { Wake, Await };

struct TaskEdge {
    double time = 0.0;
    uint32_t seq = 0;
    uint32_t from = 0; // task ids
    uint32_t to = 0;
    EdgeKind kind = EdgeKind::Wake;
    aw::aio::WaitKind wait = aw::aio::WaitKind::Nothing; // for Await
};

struct CancelMark {
    double time = 0.0;
    uint32_t seq = 0;
    uint32_t task = 0;
    uint32_t by = 0;                           // requesting task + 1 (0: none); requests only
    uint32_t message = aw::trace::kNoString;   // string id; requests only
    bool delivered = false;                    // false: requested; true: CancelledError thrown in
};

class TimelineModel {
public:
    static constexpr uint64_t kMaxEvents = std::numeric_limits<uint32_t>::max() - 1;

    TimelineModel() = default;
    explicit TimelineModel(const aw::trace::Trace &trace);

    // Consumes the events added since the last call. A trace shorter than what was consumed
    // is taken to be a different trace: the model starts over.
    void update(const aw::trace::Trace &trace);

    const std::vector<TaskLane> &lanes() const noexcept { return m_lanes; }
    // Lanes in display order: each task right after the task that created it (depth first).
    const std::vector<size_t> &order() const;
    // Lane index of a task, -1 when the task is unknown.
    int64_t laneOf(uint32_t taskId) const noexcept;
    const std::vector<ResourceLane> &resources() const noexcept { return m_resources.lanes(); }
    // Index into resources() of an engine resource id (a wait target's id), -1 when unknown.
    int64_t resourceLaneOf(uint32_t resourceId) const noexcept { return m_resources.laneOf(resourceId); }
    // Sorted by seq (and time).
    const std::vector<TaskEdge> &edges() const noexcept { return m_edges; }
    const std::vector<CancelMark> &cancelMarks() const noexcept { return m_cancels; }

    double endTime() const noexcept { return m_end; }
    uint64_t eventCount() const noexcept { return m_consumed; }
    bool truncated() const noexcept { return m_truncated; }
    // The time of the deadlock the run ended in, negative when it did not deadlock.
    double deadlockTime() const noexcept { return m_deadlock; }

    // The trace's strings, as QStrings (empty for kNoString or an unknown id).
    const QString &text(uint32_t id) const;
    // Virtual time of event `seq`, and the distinct instants with the first event at each.
    double timeOfEvent(uint64_t seq) const;
    const std::vector<double> &instants() const noexcept { return m_instantTimes; }
    const std::vector<uint32_t> &instantStarts() const noexcept { return m_instantStarts; }
    // The first event at or after time `t` (eventCount() when none).
    uint64_t firstEventAtOrAfter(double t) const;

private:
    TaskLane &laneFor(uint32_t taskId);
    void consume(const aw::trace::Event &e);
    void begin(TaskLane &lane, const aw::trace::Event &e, TaskState state, aw::aio::WaitKind kind, uint32_t detail);
    void created(const aw::trace::Event &e);
    void waiting(const aw::trace::Event &e);
    void extendOpenSpans();

    std::vector<TaskLane> m_lanes;
    std::vector<int64_t> m_laneOfTask; // task id -> lane index
    mutable std::vector<size_t> m_order;
    mutable bool m_orderDirty = false;
    ResourceLanes m_resources;
    std::vector<TaskEdge> m_edges;
    std::vector<CancelMark> m_cancels;
    std::vector<QString> m_strings;
    std::vector<double> m_instantTimes;
    std::vector<uint32_t> m_instantStarts;
    uint64_t m_consumed = 0;
    double m_end = 0.0;
    double m_deadlock = -1.0;
    int64_t m_running = -1; // the task whose step is running, -1 between steps
    bool m_truncated = false;
};

} // namespace awaitscope
