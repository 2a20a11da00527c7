#pragma once
// What the timeline shows, computed from a recorded trace: one lane per task, each a
// sequence of state intervals in virtual time, nested under the task that created it.
// Built once per trace (or extended as a live trace grows); the painter and the exports
// read it, never the engine.

#include "trace/trace.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace awaitscope {

enum class TaskState : uint8_t { Ready, Running, Waiting, Done, Failed, Cancelled };

struct StateSpan {
    double start = 0.0;
    double end = 0.0;
    uint64_t firstEvent = 0; // the event that began the span (for step mode and hit-testing)
    TaskState state = TaskState::Ready;
    aw::aio::WaitKind waitKind = aw::aio::WaitKind::Nothing; // for Waiting
};

struct TaskLane {
    uint32_t taskId = 0;
    int64_t parent = -1;      // index of the parent lane, -1 for top-level tasks
    int depth = 0;            // nesting under the creating task
    QString name;             // "Task-2"
    QString coroutine;        // "worker"
    std::vector<StateSpan> spans;
};

class TimelineModel {
public:
    explicit TimelineModel(const aw::trace::Trace &trace);

    const std::vector<TaskLane> &lanes() const noexcept { return m_lanes; }
    // Lanes in display order: each task right after the task that created it (depth first).
    const std::vector<size_t> &order() const noexcept { return m_order; }
    double endTime() const noexcept { return m_end; }

private:
    TaskLane &laneFor(uint32_t taskId);
    void close(TaskLane &lane, double t);

    std::vector<TaskLane> m_lanes;
    std::vector<int64_t> m_laneOfTask; // task id -> lane index
    std::vector<size_t> m_order;
    double m_end = 0.0;
};

} // namespace awaitscope
