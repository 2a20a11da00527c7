#include "trace.h"

#include <utility>

namespace aw::trace {

std::string_view eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::TaskCreated: return "create";
    case EventKind::TaskReady: return "ready";
    case EventKind::TaskRunning: return "run";
    case EventKind::TaskWaiting: return "wait";
    case EventKind::TaskDone: return "done";
    case EventKind::CancelRequested: return "cancel";
    case EventKind::CancelDelivered: return "cancelled-at";
    case EventKind::ResourceCreated: return "resource";
    case EventKind::ResourceChanged: return "state";
    case EventKind::LoopBlocked: return "blocked";
    case EventKind::Output: return "print";
    case EventKind::Deadlock: return "deadlock";
    case EventKind::TaskRenamed: return "rename";
    }
    return "unknown";
}

Event Trace::event(uint64_t seq) const
{
    return {seq, static_cast<EventKind>(m_kind[seq]), m_detail[seq], m_times[m_timeIndex[seq]], m_task[seq], m_a[seq],
            m_b[seq], m_line[seq]};
}

void Trace::append(EventKind kind, uint8_t detail, double time, uint32_t task, uint32_t a, uint64_t b,
                   uint32_t line)
{
    if (m_times.empty() || time != m_times.back()) {
        m_times.push_back(time);
        m_instantStart.push_back(size());
    }
    m_kind.push_back(static_cast<uint8_t>(kind));
    m_detail.push_back(detail);
    m_timeIndex.push_back(static_cast<uint32_t>(m_times.size() - 1));
    m_task.push_back(task);
    m_a.push_back(a);
    m_b.push_back(b);
    m_line.push_back(line);
    if (size() >= m_markAt) {
        m_markAt = UINT64_MAX;
        std::exchange(m_mark, nullptr)();
    }
}

void Trace::catchUp(const Trace &longer)
{
    for (size_t i = m_strings.size(); i < longer.m_strings.size(); ++i)
        intern(longer.m_strings[i]);
    for (uint64_t s = size(); s < longer.size(); ++s) {
        append(longer.kindOf(s), longer.m_detail[s], longer.timeOf(s), longer.m_task[s], longer.m_a[s], longer.m_b[s],
               longer.m_line[s]);
    }
}

uint32_t Trace::intern(std::string_view s)
{
    auto it = m_stringIds.find(s);
    if (it != m_stringIds.end())
        return it->second;
    const auto id = static_cast<uint32_t>(m_strings.size());
    m_strings.emplace_back(s);
    m_stringIds.emplace(m_strings.back(), id);
    return id;
}

size_t Trace::memoryBytes() const
{
    size_t bytes = m_kind.capacity() + m_detail.capacity() + 4 * m_timeIndex.capacity() + 4 * m_task.capacity()
        + 4 * m_a.capacity() + 8 * m_b.capacity() + 4 * m_line.capacity() + 8 * m_times.capacity() + 8 * m_instantStart.capacity();
    for (const auto &s : m_strings)
        bytes += s.capacity() + sizeof(std::string);
    return bytes;
}

void Trace::reserve(size_t events)
{
    m_kind.reserve(events);
    m_detail.reserve(events);
    m_timeIndex.reserve(events);
    m_task.reserve(events);
    m_a.reserve(events);
    m_b.reserve(events);
    m_line.reserve(events);
}

} // namespace aw::trace
