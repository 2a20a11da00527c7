#include "timeline_model.h"

#include <algorithm>

namespace awaitscope {

using aw::aio::WaitKind;
using aw::trace::EventKind;

namespace {

// What asyncio.run() schedules itself once main() returns (runner.cpp, as CPython's
// Runner.close): the user never wrote them, but they run and can matter (an executor job
// still running delays the end), so they are shown, dimmed.
bool isShutdownCoroutine(const QString &coroutine)
{
    return coroutine == QLatin1String("BaseEventLoop.shutdown_asyncgens")
        || coroutine == QLatin1String("BaseEventLoop.shutdown_default_executor");
}

} // namespace

TimelineModel::TimelineModel(const aw::trace::Trace &trace)
{
    update(trace);
}

TaskLane &TimelineModel::laneFor(uint32_t taskId)
{
    if (taskId >= m_laneOfTask.size())
        m_laneOfTask.resize(size_t(taskId) + 1, -1);
    if (m_laneOfTask[taskId] < 0) {
        m_laneOfTask[taskId] = static_cast<int64_t>(m_lanes.size());
        m_lanes.push_back({});
        m_lanes.back().taskId = taskId;
        m_orderDirty = true;
    }
    return m_lanes[static_cast<size_t>(m_laneOfTask[taskId])];
}

int64_t TimelineModel::laneOf(uint32_t taskId) const noexcept
{
    return taskId < m_laneOfTask.size() ? m_laneOfTask[taskId] : -1;
}

const QString &TimelineModel::text(uint32_t id) const
{
    static const QString none;
    return id < m_strings.size() ? m_strings[id] : none;
}

double TimelineModel::timeOfEvent(uint64_t seq) const
{
    if (m_instantStarts.empty())
        return 0.0;
    const auto it = std::upper_bound(m_instantStarts.begin(), m_instantStarts.end(), seq);
    return m_instantTimes[static_cast<size_t>(std::max<ptrdiff_t>(0, it - m_instantStarts.begin() - 1))];
}

uint64_t TimelineModel::firstEventAtOrAfter(double t) const
{
    const auto it = std::lower_bound(m_instantTimes.begin(), m_instantTimes.end(), t);
    if (it == m_instantTimes.end())
        return m_consumed;
    return m_instantStarts[static_cast<size_t>(it - m_instantTimes.begin())];
}

void TimelineModel::update(const aw::trace::Trace &trace)
{
    if (trace.size() < m_consumed)
        *this = TimelineModel();
    for (size_t i = m_strings.size(); i < trace.stringCount(); ++i)
        m_strings.push_back(QString::fromStdString(trace.string(static_cast<uint32_t>(i))));
    const uint64_t limit = std::min<uint64_t>(trace.size(), kMaxEvents);
    m_truncated = trace.size() > kMaxEvents;
    if (limit == m_consumed)
        return;
    trace.forEach(m_consumed, limit, [this](const aw::trace::Event &e) { consume(e); });
    m_consumed = limit;
    extendOpenSpans();
}

void TimelineModel::consume(const aw::trace::Event &e)
{
    const auto seq = static_cast<uint32_t>(e.seq);
    if (m_instantTimes.empty() || e.time > m_instantTimes.back()) {
        m_instantTimes.push_back(e.time);
        m_instantStarts.push_back(seq);
    }
    m_end = std::max(m_end, e.time);
    m_resources.advance(seq, e.time);
    switch (e.kind) {
    case EventKind::TaskCreated: created(e); break;
    case EventKind::TaskReady:
        if (e.a > 0 && e.a - 1 != e.task)
            m_edges.push_back({e.time, seq, e.a - 1, e.task, EdgeKind::Wake, WaitKind::Nothing});
        begin(laneFor(e.task), e, TaskState::Ready, WaitKind::Nothing, e.a);
        break;
    case EventKind::TaskRunning:
        m_running = e.task;
        begin(laneFor(e.task), e, TaskState::Running, WaitKind::Nothing, 0);
        break;
    case EventKind::TaskWaiting: waiting(e); break;
    case EventKind::TaskDone: {
        m_running = -1;
        const auto outcome = static_cast<aw::trace::Outcome>(e.detail);
        begin(laneFor(e.task), e,
              outcome == aw::trace::Outcome::Result      ? TaskState::Done
              : outcome == aw::trace::Outcome::Exception ? TaskState::Failed
                                                         : TaskState::Cancelled,
              WaitKind::Nothing, static_cast<uint32_t>(e.b));
        break;
    }
    case EventKind::CancelRequested:
        m_cancels.push_back({e.time, seq, e.task, e.a, static_cast<uint32_t>(e.b), false});
        break;
    case EventKind::CancelDelivered: m_cancels.push_back({e.time, seq, e.task, 0, aw::trace::kNoString, true}); break;
    case EventKind::ResourceCreated: m_resources.created(e, text(static_cast<uint32_t>(e.b))); break;
    case EventKind::ResourceChanged: m_resources.changed(e, m_running); break;
    case EventKind::LoopBlocked:
        m_resources.loopBlocked(e);
        m_end = std::max(m_end, m_resources.lanes().back().samples.back().time);
        break;
    case EventKind::Deadlock: m_deadlock = e.time; break;
    case EventKind::TaskRenamed: laneFor(e.task).name = text(static_cast<uint32_t>(e.b)); break;
    case EventKind::Output: break;
    }
}

void TimelineModel::begin(TaskLane &lane, const aw::trace::Event &e, TaskState state, WaitKind kind, uint32_t detail)
{
    const auto seq = static_cast<uint32_t>(e.seq);
    if (!lane.spans.empty()) {
        lane.spans.back().end = e.time;
        lane.spans.back().endEvent = seq;
    }
    const uint32_t endEvent = state >= TaskState::Done ? seq + 1 : seq;
    lane.spans.push_back({e.time, e.time, seq, endEvent, detail, state, kind});
}

void TimelineModel::created(const aw::trace::Event &e)
{
    const size_t index = static_cast<size_t>(&laneFor(e.task) - m_lanes.data());
    // A malformed trace may create a task twice, or under a task not created yet (itself,
    // or one of its own descendants): the first creation stands, and a task goes under its
    // creator only if that was created before it, so the lanes always form a tree.
    if (m_lanes[index].created)
        return;
    const int64_t creator = e.a > 0 ? laneOf(e.a - 1) : -1;
    m_lanes[index].created = true;
    if (creator >= 0 && creator != static_cast<int64_t>(index) && m_lanes[static_cast<size_t>(creator)].created) {
        const auto parent = static_cast<size_t>(creator);
        m_lanes[parent].children.push_back(index);
        m_lanes[index].parent = static_cast<int64_t>(parent);
        m_lanes[index].depth = m_lanes[parent].depth + 1;
        m_lanes[index].internal = m_lanes[parent].internal;
    }
    TaskLane &lane = m_lanes[index];
    lane.name = text(static_cast<uint32_t>(e.b));
    lane.coroutine = text(static_cast<uint32_t>(e.b >> 32));
    lane.internal = lane.internal || isShutdownCoroutine(lane.coroutine);
    m_orderDirty = true;
}

void TimelineModel::waiting(const aw::trace::Event &e)
{
    m_running = -1;
    const auto kind = static_cast<WaitKind>(e.detail);
    const auto seq = static_cast<uint32_t>(e.seq);
    TaskLane &lane = laneFor(e.task);
    begin(lane, e, TaskState::Waiting, kind, e.a);
    switch (kind) {
    case WaitKind::Task:
        if (e.a != e.task)
            m_edges.push_back({e.time, seq, e.task, e.a, EdgeKind::Await, kind});
        break;
    case WaitKind::Gather:
    case WaitKind::Wait:
        for (size_t child : lane.children) {
            const TaskLane &c = m_lanes[child];
            if (c.spans.empty() || c.spans.back().state < TaskState::Done)
                m_edges.push_back({e.time, seq, e.task, c.taskId, EdgeKind::Await, kind});
        }
        break;
    case WaitKind::Executor: m_resources.jobAwaited(e.a, e.task); break;
    default: break;
    }
}

void TimelineModel::extendOpenSpans()
{
    // A live task's last span lasts until now; a finished task's is its last instant.
    const auto now = static_cast<uint32_t>(m_consumed);
    for (TaskLane &lane : m_lanes) {
        if (!lane.spans.empty() && lane.spans.back().state <= TaskState::Waiting) {
            lane.spans.back().end = m_end;
            lane.spans.back().endEvent = now;
        }
    }
}

const std::vector<size_t> &TimelineModel::order() const
{
    if (!m_orderDirty && m_order.size() == m_lanes.size())
        return m_order;
    // Children right after their creator, in creation order.
    m_order.clear();
    m_order.reserve(m_lanes.size());
    std::vector<size_t> stack;
    for (size_t i = m_lanes.size(); i-- > 0;) {
        if (m_lanes[i].parent < 0)
            stack.push_back(i);
    }
    while (!stack.empty()) {
        const size_t i = stack.back();
        stack.pop_back();
        m_order.push_back(i);
        for (auto c = m_lanes[i].children.rbegin(); c != m_lanes[i].children.rend(); ++c)
            stack.push_back(*c);
    }
    m_orderDirty = false;
    return m_order;
}

} // namespace awaitscope
