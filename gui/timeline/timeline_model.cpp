#include "timeline_model.h"

#include <algorithm>
#include <functional>

namespace awaitscope {

using aw::trace::EventKind;

TaskLane &TimelineModel::laneFor(uint32_t taskId)
{
    if (taskId >= m_laneOfTask.size())
        m_laneOfTask.resize(taskId + 1, -1);
    if (m_laneOfTask[taskId] < 0) {
        m_laneOfTask[taskId] = static_cast<int64_t>(m_lanes.size());
        m_lanes.push_back({});
        m_lanes.back().taskId = taskId;
    }
    return m_lanes[static_cast<size_t>(m_laneOfTask[taskId])];
}

void TimelineModel::close(TaskLane &lane, double t)
{
    if (!lane.spans.empty())
        lane.spans.back().end = t;
}

TimelineModel::TimelineModel(const aw::trace::Trace &trace)
{
    auto begin = [&](TaskLane &lane, const aw::trace::Event &e, TaskState state, aw::aio::WaitKind kind) {
        close(lane, e.time);
        lane.spans.push_back({e.time, e.time, e.seq, state, kind});
    };
    trace.forEach(0, trace.size(), [&](const aw::trace::Event &e) {
        m_end = std::max(m_end, e.time);
        switch (e.kind) {
        case EventKind::TaskCreated: {
            TaskLane &lane = laneFor(e.task);
            lane.name = QString::fromStdString(trace.string(static_cast<uint32_t>(e.b)));
            lane.coroutine = QString::fromStdString(trace.string(static_cast<uint32_t>(e.b >> 32)));
            if (e.a > 0 && e.a - 1 < m_laneOfTask.size())
                lane.parent = m_laneOfTask[e.a - 1];
            lane.depth = lane.parent >= 0 ? m_lanes[static_cast<size_t>(lane.parent)].depth + 1 : 0;
            break;
        }
        case EventKind::TaskReady: begin(laneFor(e.task), e, TaskState::Ready, aw::aio::WaitKind::Nothing); break;
        case EventKind::TaskRunning: begin(laneFor(e.task), e, TaskState::Running, aw::aio::WaitKind::Nothing); break;
        case EventKind::TaskWaiting:
            begin(laneFor(e.task), e, TaskState::Waiting, static_cast<aw::aio::WaitKind>(e.detail));
            break;
        case EventKind::TaskDone: {
            const auto outcome = static_cast<aw::trace::Outcome>(e.detail);
            begin(laneFor(e.task), e,
                  outcome == aw::trace::Outcome::Result      ? TaskState::Done
                  : outcome == aw::trace::Outcome::Exception ? TaskState::Failed
                                                             : TaskState::Cancelled,
                  aw::aio::WaitKind::Nothing);
            break;
        }
        default: break;
        }
    });
    // A task still waiting at the end waits until the end of the run; a finished task's
    // last span is the instant it finished.
    for (TaskLane &lane : m_lanes) {
        if (!lane.spans.empty() && lane.spans.back().state <= TaskState::Waiting)
            close(lane, m_end);
    }
    // Display order: children right after their creator, in creation order.
    std::vector<std::vector<size_t>> children(m_lanes.size());
    std::vector<size_t> roots;
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].parent >= 0)
            children[static_cast<size_t>(m_lanes[i].parent)].push_back(i);
        else
            roots.push_back(i);
    }
    std::vector<size_t> stack(roots.rbegin(), roots.rend());
    while (!stack.empty()) {
        const size_t i = stack.back();
        stack.pop_back();
        m_order.push_back(i);
        for (auto c = children[i].rbegin(); c != children[i].rend(); ++c)
            stack.push_back(*c);
    }
}

} // namespace awaitscope
