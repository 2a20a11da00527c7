#pragma once
// What the models need to look up in a trace, kept per task and per resource so that a
// task's state at any playhead is a binary search, not a replay. Grows with the trace:
// update() indexes only the events appended since the last call.
//
// The index holds the trace by shared pointer; growing it (Trace::append) must happen on
// the thread that calls update(), between calls.

#include "task_status.h"

#include "aio/observer.h"
#include "trace/trace.h"

#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace awaitscope::models {

struct TaskRecord {
    uint32_t id = 0;
    int64_t parent = -1; // the creating task's id, -1 for none
    QString name;        // "Task-2"
    QString coroutine;   // "worker"
    uint64_t createdSeq = 0;
    double createdTime = 0.0;
    uint32_t createdLine = 0;
    uint64_t doneSeq = kNoSeq;
    std::vector<uint64_t> stateEvents; // TaskCreated, TaskReady, TaskRunning, TaskWaiting, TaskDone
    std::vector<uint64_t> otherEvents; // CancelRequested, CancelDelivered, and its Output and LoopBlocked
    std::vector<uint64_t> awaitedAt;   // other tasks' TaskWaiting on this task (Task or Timeout target)
};

struct ResourceRecord {
    uint32_t id = 0;
    aw::aio::ResourceKind kind = aw::aio::ResourceKind::Lock;
    QString name;
    uint64_t createdSeq = 0;
    std::vector<uint64_t> changes; // its ResourceChanged events
};

// A resource after its last change before a playhead (see aw::aio::ResourceState).
struct ResourceSnapshot {
    int64_t value = 0;
    int64_t holder = -1;
    uint32_t waiters = 0;
    uint64_t seq = kNoSeq; // the change, kNoSeq while unchanged since creation
};

class TraceIndex {
public:
    // A null trace is an empty one.
    explicit TraceIndex(std::shared_ptr<const aw::trace::Trace> trace);

    struct Growth {
        uint64_t from = 0; // the new events are [from, to)
        uint64_t to = 0;
        size_t firstNewTask = 0; // tasks()[firstNewTask..] are new
    };
    Growth update();

    const aw::trace::Trace *trace() const noexcept { return m_trace.get(); }
    uint64_t size() const noexcept { return m_indexed; }

    const std::vector<TaskRecord> &tasks() const noexcept { return m_tasks; }
    // Position of a task in tasks() (creation order), -1 if the trace never created it.
    int64_t slotOf(uint32_t taskId) const;
    const TaskRecord *task(int64_t taskId) const;
    const ResourceRecord *resource(uint32_t resourceId) const;
    const std::vector<uint64_t> &deadlocks() const noexcept { return m_deadlocks; }
    const std::vector<uint64_t> &loopBlocks() const noexcept { return m_loopBlocks; }

    // The state after events [0, playhead).
    TaskStatus statusAt(const TaskRecord &task, uint64_t playhead) const;
    ResourceSnapshot resourceAt(const ResourceRecord &resource, uint64_t playhead) const;

    // A string of the trace; empty for an id it does not hold (a damaged trace).
    QString text(uint64_t stringId) const;
    // "Task-2", or "task #7" for an id the trace never created.
    QString taskName(int64_t taskId) const;
    // The state in words, naming what a waiting task waits on at that playhead:
    // "sleeping until 1.000 s", "waiting for lock 'a' held by Task-2", "awaiting Task-3".
    // Brief leaves out what changes while the task keeps waiting (a lock's holder, permits
    // and queue sizes), for views that refresh a row only when its task's state changes.
    enum class Detail { Brief, Full };
    QString describeStatus(const TaskStatus &status, uint64_t playhead, Detail detail = Detail::Full) const;
    // What a wait target is, without the verb: "lock 'a'", "Task-3", "a timer (1.000 s)".
    QString describeTarget(const TaskStatus &status, uint64_t playhead, Detail detail = Detail::Full) const;
    // For a Task wait (and a Timeout wrapping a task): the awaited task's id, else -1.
    // A Timeout's id is the wrapped future's own target id, which is a task id when
    // wait_for() wrapped a coroutine or a task (the usual case) and a future id otherwise;
    // the trace does not tell the two apart, so an id naming a created task is taken as one.
    int64_t awaitedTask(const TaskStatus &status) const;

private:
    void index(const aw::trace::Event &e);
    TaskRecord *mutableTask(int64_t taskId);

    std::shared_ptr<const aw::trace::Trace> m_trace;
    uint64_t m_indexed = 0;
    std::vector<TaskRecord> m_tasks;
    std::unordered_map<uint32_t, uint32_t> m_slotOfTask;
    std::vector<ResourceRecord> m_resources;
    std::unordered_map<uint32_t, uint32_t> m_slotOfResource;
    std::vector<uint64_t> m_deadlocks;
    std::vector<uint64_t> m_loopBlocks;
};

} // namespace awaitscope::models
