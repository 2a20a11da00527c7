#include "timeline_resources.h"

#include <algorithm>
#include <bit>

namespace awaitscope {

int64_t ResourceLanes::laneOf(uint32_t resourceId) const noexcept
{
    return resourceId < m_laneOfResource.size() ? m_laneOfResource[resourceId] : -1;
}

ResourceLane *ResourceLanes::find(uint32_t resourceId)
{
    const int64_t lane = laneOf(resourceId);
    return lane < 0 ? nullptr : &m_lanes[static_cast<size_t>(lane)];
}

void ResourceLanes::created(const aw::trace::Event &e, const QString &name)
{
    if (e.a >= m_laneOfResource.size())
        m_laneOfResource.resize(size_t(e.a) + 1, -1);
    m_laneOfResource[e.a] = static_cast<int64_t>(m_lanes.size());
    ResourceLane lane;
    lane.resourceId = e.a;
    lane.kind = static_cast<ResourceLaneKind>(std::min<uint8_t>(e.detail, uint8_t(ResourceLaneKind::ExecutorWorker)));
    lane.name = name;
    lane.created = e.time;
    lane.createdSeq = static_cast<uint32_t>(e.seq);
    m_lanes.push_back(std::move(lane));
}

void ResourceLanes::changed(const aw::trace::Event &e, int64_t running)
{
    ResourceLane *lane = find(e.a);
    if (!lane)
        return;
    ResourceSample s;
    s.time = e.time;
    s.seq = static_cast<uint32_t>(e.seq);
    s.value = static_cast<int32_t>(static_cast<uint32_t>(e.b >> 32));
    s.waiters = static_cast<uint32_t>(e.b);
    s.holder = e.task;
    if (lane->kind == ResourceLaneKind::Lock) {
        s.task = s.holder;
    } else if (lane->kind == ResourceLaneKind::ExecutorWorker && s.holder > 0) {
        // A job starts inside the step that submitted it, or later when a worker frees up,
        // by which time its submitter already awaits it.
        const bool continuing = !lane->samples.empty() && lane->samples.back().holder == s.holder;
        if (continuing)
            s.task = lane->samples.back().task;
        else if (running >= 0)
            s.task = static_cast<uint32_t>(running) + 1;
        else if (s.holder - 1 < m_jobTask.size())
            s.task = m_jobTask[s.holder - 1];
    }
    lane->maxValue = std::max(lane->maxValue, s.value);
    lane->maxWaiters = std::max(lane->maxWaiters, s.waiters);
    lane->samples.push_back(s);
}

void ResourceLanes::jobAwaited(uint32_t job, uint32_t task)
{
    if (job >= m_jobTask.size())
        m_jobTask.resize(size_t(job) + 1, 0);
    m_jobTask[job] = task + 1;
    // The job may have started in a callback, before its submitter awaited it.
    for (ResourceLane &lane : m_lanes) {
        if (lane.kind == ResourceLaneKind::ExecutorWorker && !lane.samples.empty()
            && lane.samples.back().holder == job + 1 && lane.samples.back().task == 0)
            lane.samples.back().task = task + 1;
    }
}

void ResourceLanes::loopBlocked(const aw::trace::Event &e)
{
    if (m_loopLane < 0) {
        m_loopLane = static_cast<int64_t>(m_lanes.size());
        ResourceLane lane;
        lane.kind = ResourceLaneKind::LoopBlocked;
        lane.created = e.time;
        lane.createdSeq = static_cast<uint32_t>(e.seq);
        m_lanes.push_back(std::move(lane));
    }
    ResourceLane &lane = m_lanes[static_cast<size_t>(m_loopLane)];
    const double end = std::bit_cast<double>(e.b);
    ResourceSample blocked;
    blocked.time = e.time;
    blocked.seq = static_cast<uint32_t>(e.seq);
    blocked.value = 1;
    blocked.task = e.task;
    lane.samples.push_back(blocked);
    lane.maxValue = 1;
    ResourceSample freed;
    freed.time = std::max(end, e.time);
    freed.seq = static_cast<uint32_t>(e.seq) + 1;
    lane.samples.push_back(freed);
    m_blockEndPending = true;
}

void ResourceLanes::advance(uint32_t seq, double time)
{
    if (!m_blockEndPending)
        return;
    // The block's end sits at the first event at or after its end time; until that event
    // arrives it is the slot right after the block began.
    ResourceSample &freed = m_lanes[static_cast<size_t>(m_loopLane)].samples.back();
    if (seq < freed.seq)
        return;
    if (time >= freed.time) {
        freed.seq = seq;
        m_blockEndPending = false;
    } else {
        freed.seq = seq + 1;
    }
}

} // namespace awaitscope
