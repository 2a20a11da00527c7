#include "playhead_state.h"

namespace awaitscope {

using aw::trace::EventKind;

namespace {
// How far ahead to look for the running task's next line: one step rarely records more.
constexpr uint64_t kLookahead = 4096;
} // namespace

void PlayheadState::setTrace(std::shared_ptr<const aw::trace::Trace> trace)
{
    m_trace = std::move(trace);
    m_tasks.clear();
    m_checkpoints.clear();
    m_checkpoints.push_back({{}, -1, 0});
    m_playhead = 0;
    m_running = -1;
    m_stepStart = 0;
}

void PlayheadState::apply(uint64_t seq)
{
    const EventKind kind = m_trace->kindOf(seq);
    const uint32_t task = m_trace->taskOf(seq);
    auto at = [&]() -> TaskAt & {
        if (task >= m_tasks.size())
            m_tasks.resize(task + 1);
        return m_tasks[task];
    };
    switch (kind) {
    case EventKind::TaskCreated: at() = {Phase::Ready, m_trace->lineOf(seq)}; break;
    case EventKind::TaskReady: at().phase = Phase::Ready; break;
    case EventKind::TaskRunning:
        at().phase = Phase::Running;
        m_running = task;
        m_stepStart = seq;
        break;
    case EventKind::TaskWaiting:
        at() = {Phase::Waiting, m_trace->lineOf(seq)};
        if (m_running == task)
            m_running = -1;
        break;
    case EventKind::TaskDone:
        at() = {Phase::Finished, m_trace->lineOf(seq)};
        if (m_running == task)
            m_running = -1;
        break;
    default: break;
    }
}

void PlayheadState::moveTo(uint64_t playhead)
{
    if (!m_trace)
        return;
    playhead = std::min<uint64_t>(playhead, m_trace->size());
    if (playhead < m_playhead) {
        const Checkpoint &c = m_checkpoints[std::min<size_t>(playhead / kCheckpointEvery, m_checkpoints.size() - 1)];
        m_tasks = c.tasks;
        m_running = c.running;
        m_stepStart = c.stepStart;
        m_playhead = (&c - m_checkpoints.data()) * kCheckpointEvery;
    }
    for (; m_playhead < playhead; ++m_playhead) {
        apply(m_playhead);
        if ((m_playhead + 1) % kCheckpointEvery == 0 && m_checkpoints.size() == (m_playhead + 1) / kCheckpointEvery)
            m_checkpoints.push_back({m_tasks, m_running, m_stepStart});
    }
}

uint32_t PlayheadState::runningLine() const
{
    if (m_running < 0)
        return 0;
    // Every event recorded during a step carries the running code's line, whichever task
    // the event is about.
    for (uint64_t s = m_playhead; s > m_stepStart + 1; --s) {
        if (const uint32_t line = m_trace->lineOf(s - 1))
            return line;
    }
    const uint64_t end = std::min<uint64_t>(m_trace->size(), m_playhead + kLookahead);
    for (uint64_t s = m_playhead; s < end; ++s) {
        const EventKind kind = m_trace->kindOf(s);
        if (const uint32_t line = m_trace->lineOf(s))
            return line;
        if (kind == EventKind::TaskRunning)
            break;
    }
    return 0;
}

} // namespace awaitscope
