#include "trace_index.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace awaitscope::models {

using aw::aio::ResourceKind;
using aw::aio::WaitKind;
using aw::trace::EventKind;

namespace {

QString qstr(const aw::trace::Trace &trace, uint64_t id)
{
    return id < trace.stringCount() ? QString::fromStdString(trace.string(id)) : QString();
}

QString resourceWord(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Lock: return QCoreApplication::translate("TraceIndex", "lock");
    case WaitKind::Semaphore: return QCoreApplication::translate("TraceIndex", "semaphore");
    case WaitKind::Event: return QCoreApplication::translate("TraceIndex", "event");
    case WaitKind::Condition: return QCoreApplication::translate("TraceIndex", "condition");
    case WaitKind::Barrier: return QCoreApplication::translate("TraceIndex", "barrier");
    default: return QCoreApplication::translate("TraceIndex", "queue");
    }
}

} // namespace

TraceIndex::TraceIndex(std::shared_ptr<const aw::trace::Trace> trace)
    : m_trace(std::move(trace))
{
    update();
}

TraceIndex::Growth TraceIndex::update()
{
    Growth g{m_indexed, m_indexed, m_tasks.size()};
    if (!m_trace)
        return g;
    g.to = m_trace->size();
    m_trace->forEach(g.from, g.to, [this](const aw::trace::Event &e) { index(e); });
    m_indexed = g.to;
    return g;
}

int64_t TraceIndex::slotOf(uint32_t taskId) const
{
    auto it = m_slotOfTask.find(taskId);
    return it == m_slotOfTask.end() ? -1 : static_cast<int64_t>(it->second);
}

const TaskRecord *TraceIndex::task(int64_t taskId) const
{
    if (taskId < 0 || taskId > UINT32_MAX)
        return nullptr;
    const int64_t slot = slotOf(static_cast<uint32_t>(taskId));
    return slot < 0 ? nullptr : &m_tasks[static_cast<size_t>(slot)];
}

TaskRecord *TraceIndex::mutableTask(int64_t taskId)
{
    return const_cast<TaskRecord *>(task(taskId));
}

const ResourceRecord *TraceIndex::resource(uint32_t resourceId) const
{
    auto it = m_slotOfResource.find(resourceId);
    return it == m_slotOfResource.end() ? nullptr : &m_resources[it->second];
}

void TraceIndex::index(const aw::trace::Event &e)
{
    switch (e.kind) {
    case EventKind::TaskCreated: {
        if (m_slotOfTask.count(e.task))
            break; // a malformed trace creating a task twice: the first creation stands
        TaskRecord r;
        r.id = e.task;
        r.parent = e.a > 0 ? int64_t(e.a) - 1 : -1;
        r.name = qstr(*m_trace, static_cast<uint32_t>(e.b));
        r.coroutine = qstr(*m_trace, static_cast<uint32_t>(e.b >> 32));
        r.createdSeq = e.seq;
        r.createdTime = e.time;
        r.createdLine = e.line;
        r.stateEvents.push_back(e.seq);
        m_slotOfTask.emplace(e.task, static_cast<uint32_t>(m_tasks.size()));
        m_tasks.push_back(std::move(r));
        break;
    }
    case EventKind::TaskWaiting: {
        const auto kind = static_cast<WaitKind>(e.detail);
        if (kind == WaitKind::Task || kind == WaitKind::Timeout) {
            if (TaskRecord *target = mutableTask(e.a))
                target->awaitedAt.push_back(e.seq);
        }
        if (TaskRecord *t = mutableTask(e.task))
            t->stateEvents.push_back(e.seq);
        break;
    }
    case EventKind::TaskReady:
    case EventKind::TaskRunning:
        if (TaskRecord *t = mutableTask(e.task))
            t->stateEvents.push_back(e.seq);
        break;
    case EventKind::TaskDone:
        if (TaskRecord *t = mutableTask(e.task)) {
            t->stateEvents.push_back(e.seq);
            t->doneSeq = e.seq;
        }
        break;
    case EventKind::CancelRequested:
    case EventKind::CancelDelivered:
        if (TaskRecord *t = mutableTask(e.task))
            t->otherEvents.push_back(e.seq);
        break;
    case EventKind::LoopBlocked:
        m_loopBlocks.push_back(e.seq);
        [[fallthrough]];
    case EventKind::Output:
        if (TaskRecord *t = mutableTask(int64_t(e.task) - 1))
            t->otherEvents.push_back(e.seq);
        break;
    case EventKind::ResourceCreated:
        if (m_slotOfResource.count(e.a))
            break;
        m_slotOfResource.emplace(e.a, static_cast<uint32_t>(m_resources.size()));
        m_resources.push_back({e.a, static_cast<ResourceKind>(e.detail), qstr(*m_trace, static_cast<uint32_t>(e.b)),
                               e.seq, {}});
        break;
    case EventKind::ResourceChanged: {
        auto it = m_slotOfResource.find(e.a);
        if (it != m_slotOfResource.end())
            m_resources[it->second].changes.push_back(e.seq);
        break;
    }
    case EventKind::Deadlock: m_deadlocks.push_back(e.seq); break;
    case EventKind::TaskRenamed:
        if (TaskRecord *t = mutableTask(e.task))
            t->name = qstr(*m_trace, static_cast<uint32_t>(e.b));
        break;
    }
}

TaskStatus TraceIndex::statusAt(const TaskRecord &task, uint64_t playhead) const
{
    const auto &ev = task.stateEvents;
    auto it = std::lower_bound(ev.begin(), ev.end(), playhead);
    if (it == ev.begin())
        return {};
    const aw::trace::Event e = m_trace->event(*(it - 1));
    TaskStatus s;
    s.seq = e.seq;
    switch (e.kind) {
    case EventKind::TaskCreated: s.phase = TaskPhase::Pending; break;
    case EventKind::TaskReady: s.phase = TaskPhase::Ready; break;
    case EventKind::TaskRunning: s.phase = TaskPhase::Running; break;
    case EventKind::TaskWaiting:
        s.phase = TaskPhase::Waiting;
        s.wait = static_cast<WaitKind>(e.detail);
        s.target = e.a;
        s.until = std::bit_cast<double>(e.b);
        break;
    default: {
        const auto outcome = static_cast<aw::trace::Outcome>(e.detail);
        s.phase = outcome == aw::trace::Outcome::Result      ? TaskPhase::Done
                  : outcome == aw::trace::Outcome::Exception ? TaskPhase::Failed
                                                             : TaskPhase::Cancelled;
        break;
    }
    }
    return s;
}

ResourceSnapshot TraceIndex::resourceAt(const ResourceRecord &resource, uint64_t playhead) const
{
    const auto &ch = resource.changes;
    auto it = std::lower_bound(ch.begin(), ch.end(), playhead);
    if (it == ch.begin())
        return {};
    const aw::trace::Event e = m_trace->event(*(it - 1));
    return {static_cast<int32_t>(static_cast<uint32_t>(e.b >> 32)), int64_t(e.task) - 1,
            static_cast<uint32_t>(e.b & 0xFFFFFFFFu), e.seq};
}

QString TraceIndex::text(uint64_t stringId) const
{
    return m_trace ? qstr(*m_trace, stringId) : QString();
}

QString TraceIndex::taskName(int64_t taskId) const
{
    if (const TaskRecord *t = task(taskId))
        return t->name;
    return QCoreApplication::translate("TraceIndex", "task #%1").arg(taskId);
}

int64_t TraceIndex::awaitedTask(const TaskStatus &status) const
{
    if (status.phase != TaskPhase::Waiting)
        return -1;
    if (status.wait == WaitKind::Task || (status.wait == WaitKind::Timeout && task(status.target)))
        return status.target;
    return -1;
}

QString TraceIndex::describeTarget(const TaskStatus &s, uint64_t playhead, Detail detail) const
{
    switch (s.wait) {
    case WaitKind::Nothing: return {};
    case WaitKind::Yield: return QCoreApplication::translate("TraceIndex", "the next loop iteration");
    case WaitKind::Sleep: return QCoreApplication::translate("TraceIndex", "a timer (%1)").arg(formatTime(s.until));
    case WaitKind::Task: return taskName(s.target);
    case WaitKind::Future: return QCoreApplication::translate("TraceIndex", "future #%1").arg(s.target);
    case WaitKind::Executor: return QCoreApplication::translate("TraceIndex", "executor job #%1").arg(s.target);
    case WaitKind::Gather: return QCoreApplication::translate("TraceIndex", "gather #%1").arg(s.target);
    case WaitKind::Wait: return QCoreApplication::translate("TraceIndex", "asyncio.wait #%1").arg(s.target);
    case WaitKind::Timeout: {
        const QString what = awaitedTask(s) >= 0 ? taskName(s.target) : QCoreApplication::translate("TraceIndex", "future #%1").arg(s.target);
        return s.until > 0 ? QCoreApplication::translate("TraceIndex", "%1 with a timeout at %2").arg(what, formatTime(s.until))
                           : QCoreApplication::translate("TraceIndex", "%1 with a timeout").arg(what);
    }
    case WaitKind::QueuePut:
    case WaitKind::Lock:
    case WaitKind::Semaphore:
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Queue:
    case WaitKind::Barrier: break;
    }
    const ResourceRecord *r = resource(s.target);
    const QString word = resourceWord(s.wait);
    if (!r)
        return QCoreApplication::translate("TraceIndex", "%1 #%2").arg(word).arg(s.target);
    QString text = QCoreApplication::translate("TraceIndex", "%1 '%2'").arg(word, r->name);
    if (detail == Detail::Brief)
        return text;
    const ResourceSnapshot state = resourceAt(*r, playhead);
    if (s.wait == WaitKind::Lock && state.holder >= 0)
        text = QCoreApplication::translate("TraceIndex", "%1 held by %2").arg(text, taskName(state.holder));
    else if (s.wait == WaitKind::Semaphore)
        text = QCoreApplication::translate("TraceIndex", "%1 (%2 permits left)").arg(text).arg(state.value);
    else if (s.wait == WaitKind::Queue || s.wait == WaitKind::QueuePut)
        text = QCoreApplication::translate("TraceIndex", "%1 (%2 items)").arg(text).arg(state.value);
    return text;
}

QString TraceIndex::describeStatus(const TaskStatus &s, uint64_t playhead, Detail detail) const
{
    if (s.phase != TaskPhase::Waiting)
        return phaseLabel(s.phase);
    switch (s.wait) {
    case WaitKind::Nothing: return phaseLabel(s.phase);
    case WaitKind::Yield: return QCoreApplication::translate("TraceIndex", "yielding to the loop");
    case WaitKind::Sleep: return QCoreApplication::translate("TraceIndex", "sleeping until %1").arg(formatTime(s.until));
    case WaitKind::QueuePut: return QCoreApplication::translate("TraceIndex", "waiting for room in %1").arg(describeTarget(s, playhead, detail));
    case WaitKind::Lock:
    case WaitKind::Semaphore:
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Queue:
    case WaitKind::Barrier: return QCoreApplication::translate("TraceIndex", "waiting for %1").arg(describeTarget(s, playhead, detail));
    default: return QCoreApplication::translate("TraceIndex", "awaiting %1").arg(describeTarget(s, playhead, detail));
    }
}

} // namespace awaitscope::models
