#include "task_inspection.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace awaitscope::models {

using aw::aio::WaitKind;
using aw::trace::Event;
using aw::trace::EventKind;

namespace {

bool isPrimitive(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Lock:
    case WaitKind::Semaphore:
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Queue:
    case WaitKind::QueuePut:
    case WaitKind::Barrier: return true;
    default: return false;
    }
}

QString describeEvent(const TraceIndex &index, const Event &e)
{
    switch (e.kind) {
    case EventKind::TaskCreated:
        return e.a > 0 ? QCoreApplication::translate("TaskInspection", "created by %1").arg(index.taskName(int64_t(e.a) - 1)) : QCoreApplication::translate("TaskInspection", "created");
    case EventKind::TaskReady:
        return e.a > 0 ? QCoreApplication::translate("TaskInspection", "woken by %1").arg(index.taskName(int64_t(e.a) - 1)) : QCoreApplication::translate("TaskInspection", "ready");
    case EventKind::TaskRunning: return QCoreApplication::translate("TaskInspection", "running");
    case EventKind::TaskWaiting: {
        TaskStatus s;
        s.phase = TaskPhase::Waiting;
        s.wait = static_cast<WaitKind>(e.detail);
        s.target = e.a;
        s.until = std::bit_cast<double>(e.b);
        return index.describeStatus(s, e.seq + 1);
    }
    case EventKind::TaskDone:
        switch (static_cast<aw::trace::Outcome>(e.detail)) {
        case aw::trace::Outcome::Result: return QCoreApplication::translate("TaskInspection", "returned %1").arg(index.text(e.b));
        case aw::trace::Outcome::Exception: return QCoreApplication::translate("TaskInspection", "raised %1").arg(index.text(e.b));
        case aw::trace::Outcome::Cancelled: return QCoreApplication::translate("TaskInspection", "cancelled");
        }
        break;
    case EventKind::CancelRequested: {
        const QString by = e.a > 0 ? index.taskName(int64_t(e.a) - 1) : QCoreApplication::translate("TaskInspection", "the event loop");
        return e.b == aw::trace::kNoString ? QCoreApplication::translate("TaskInspection", "cancellation requested by %1").arg(by)
                                           : QCoreApplication::translate("TaskInspection", "cancellation requested by %1: %2").arg(by, index.text(e.b));
    }
    case EventKind::CancelDelivered: return QCoreApplication::translate("TaskInspection", "CancelledError thrown in");
    case EventKind::Output: return QCoreApplication::translate("TaskInspection", "printed: %1").arg(index.text(e.b).trimmed());
    case EventKind::LoopBlocked:
        return QCoreApplication::translate("TaskInspection", "blocked the event loop until %1").arg(formatTime(std::bit_cast<double>(e.b)));
    default: break;
    }
    return QString::fromUtf8(aw::trace::eventKindName(e.kind));
}

std::vector<uint64_t> historyBefore(const TaskRecord &task, uint64_t playhead)
{
    std::vector<uint64_t> seqs;
    auto cut = [playhead](const std::vector<uint64_t> &v) { return std::lower_bound(v.begin(), v.end(), playhead); };
    std::merge(task.stateEvents.begin(), cut(task.stateEvents), task.otherEvents.begin(), cut(task.otherEvents),
               std::back_inserter(seqs));
    return seqs;
}

void fillWait(const TraceIndex &index, TaskInspection &out, uint64_t playhead)
{
    const TaskStatus &s = out.status;
    if (s.phase != TaskPhase::Waiting)
        return;
    out.waitTarget = index.describeTarget(s, playhead);
    out.waitLine = index.trace()->lineOf(s.seq);
    out.waitTask = index.awaitedTask(s);
    if (!isPrimitive(s.wait))
        return;
    out.waitResource = s.target;
    if (const ResourceRecord *r = index.resource(s.target)) {
        out.waitResourceName = r->name;
        if (s.wait == WaitKind::Lock)
            out.waitTask = index.resourceAt(*r, playhead).holder;
    }
}

void fillAwaitedBy(const TraceIndex &index, const TaskRecord &task, TaskInspection &out, uint64_t playhead)
{
    for (uint64_t seq : task.awaitedAt) {
        if (seq >= playhead)
            break;
        const TaskRecord *waiter = index.task(index.trace()->taskOf(seq));
        // Still in that wait: its latest state is the TaskWaiting on this task.
        if (waiter && index.statusAt(*waiter, playhead).seq == seq)
            out.awaitedBy.push_back(waiter->id);
    }
}

void fillCancellations(const TraceIndex &index, TaskInspection &out, const std::vector<uint64_t> &history)
{
    const aw::trace::Trace &trace = *index.trace();
    uint32_t lastAwaitLine = 0;
    for (uint64_t seq : history) {
        const Event e = trace.event(seq);
        if (e.kind == EventKind::TaskWaiting) {
            lastAwaitLine = e.line;
        } else if (e.kind == EventKind::CancelRequested) {
            TaskCancellation c;
            c.requestSeq = seq;
            c.requestTime = e.time;
            c.requestLine = e.line;
            c.requester = e.a > 0 ? int64_t(e.a) - 1 : -1;
            c.requesterName = c.requester >= 0 ? index.taskName(c.requester) : QString();
            if (e.b != aw::trace::kNoString)
                c.message = index.text(e.b);
            out.cancellations.push_back(std::move(c));
        } else if (e.kind == EventKind::CancelDelivered) {
            // Delivered to the oldest request not delivered yet (several cancel() calls
            // before the task resumes deliver one CancelledError).
            auto it = std::find_if(out.cancellations.begin(), out.cancellations.end(),
                                   [](const TaskCancellation &c) { return c.deliveredSeq == kNoSeq; });
            if (it != out.cancellations.end()) {
                it->deliveredSeq = seq;
                it->deliveredLine = e.line ? e.line : lastAwaitLine;
            }
        } else if (e.kind == EventKind::TaskDone
                   && static_cast<aw::trace::Outcome>(e.detail) != aw::trace::Outcome::Cancelled) {
            for (TaskCancellation &c : out.cancellations)
                c.swallowed = c.deliveredSeq != kNoSeq;
        }
    }
}

} // namespace

TaskInspection inspectTask(const TraceIndex &index, uint32_t taskId, uint64_t playhead)
{
    TaskInspection out;
    const TaskRecord *task = index.task(taskId);
    if (!task)
        return out;
    playhead = std::min(playhead, index.size());
    out.valid = true;
    out.taskId = taskId;
    out.name = task->name;
    out.coroutine = task->coroutine;
    out.status = index.statusAt(*task, playhead);
    out.stateText = index.describeStatus(out.status, playhead);
    out.createdSeq = task->createdSeq;
    out.createdTime = task->createdTime;
    out.createdLine = task->createdLine;
    out.parent = task->parent;
    out.parentName = task->parent >= 0 ? index.taskName(task->parent) : QString();

    const std::vector<uint64_t> seqs = historyBefore(*task, playhead);
    out.history.reserve(seqs.size());
    for (uint64_t seq : seqs) {
        const Event e = index.trace()->event(seq);
        out.history.push_back({seq, e.time, e.line, describeEvent(index, e)});
    }
    fillWait(index, out, playhead);
    fillAwaitedBy(index, *task, out, playhead);
    fillCancellations(index, out, seqs);
    if (out.status.finished() && out.status.phase != TaskPhase::Cancelled)
        out.outcome = index.text(index.trace()->event(out.status.seq).b);
    return out;
}

} // namespace awaitscope::models
