// What the loop knows about blocked tasks: the deadlock report, and unwinding them when the
// loop goes away.

#include "event_loop.h"

#include <sstream>
#include <unordered_map>

namespace aw::aio {

uint32_t EventLoop::newResource(ResourceKind kind, std::string_view name)
{
    const auto id = m_resourceIdBase + static_cast<uint32_t>(m_resources.size());
    m_resources.push_back({kind, std::string(name), {}});
    notify([&](Observer &o) { o.resourceCreated(m_now, id, kind, name); });
    return id;
}

const ResourceInfo *EventLoop::resource(uint32_t id) const
{
    if (id < m_resourceIdBase || id - m_resourceIdBase >= m_resources.size())
        return nullptr;
    return &m_resources[id - m_resourceIdBase];
}

void EventLoop::reportResource(uint32_t id, const ResourceState &state)
{
    m_resources.at(id - m_resourceIdBase).state = state;
    notify([&](Observer &o) { o.resourceChanged(m_now, id, state); });
}

namespace {

// The task a blocked task waits for, when there is exactly one: the awaited task, or the
// holder of the awaited lock. -1 otherwise.
int64_t blockingTask(const Task &t, const EventLoop &loop)
{
    const WaitTarget &w = t.suspendedOn();
    if (w.kind == WaitKind::Task)
        return w.id;
    if (w.kind == WaitKind::Lock && loop.resource(w.id))
        return loop.resource(w.id)->state.holder;
    return -1;
}

std::string taskName(const EventLoop &loop, int64_t id)
{
    const Task *t = id >= 0 ? loop.taskById(static_cast<uint32_t>(id)) : nullptr;
    return t ? t->name() : "a task of another loop";
}

std::string describeTarget(const WaitTarget &w, const EventLoop &loop)
{
    std::ostringstream s;
    switch (w.kind) {
    case WaitKind::Task:
        s << "task " << taskName(loop, w.id);
        break;
    case WaitKind::Lock:
    case WaitKind::Semaphore:
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Queue:
    case WaitKind::Barrier: {
        const ResourceInfo *info = loop.resource(w.id);
        if (!info) {
            s << waitKindName(w.kind);
            break;
        }
        const ResourceInfo &r = *info;
        s << waitKindName(w.kind) << " '" << r.name << "'";
        if (w.kind == WaitKind::Lock && r.state.holder >= 0)
            s << " held by " << taskName(loop, r.state.holder);
        if (w.kind == WaitKind::Semaphore)
            s << " (" << r.state.value << " permits left)";
        if (w.kind == WaitKind::Queue)
            s << " (" << r.state.value << " items)";
        break;
    }
    default:
        s << waitKindName(w.kind) << " #" << w.id;
    }
    return s.str();
}

} // namespace

std::string EventLoop::describeBlockedTasks() const
{
    std::ostringstream out;
    out << "deadlock: no task can run and no timer is pending";
    for (const auto &t : m_tasks) {
        if (t->done())
            continue;
        out << "\n  " << t->name() << " (" << t->coroName() << ") waits on "
            << describeTarget(t->suspendedOn(), *this);
    }
    // Each blocked task waits for at most one other here, so following those edges from
    // every task finds each cycle.
    std::unordered_map<int64_t, int> visitedFrom;
    for (const auto &start : m_tasks) {
        if (start->done() || visitedFrom.count(start->taskId()))
            continue;
        std::vector<int64_t> path;
        int64_t cur = start->taskId();
        auto live = [this](int64_t id) {
            const Task *t = id >= 0 ? taskById(static_cast<uint32_t>(id)) : nullptr;
            return t && !t->done() ? t : nullptr;
        };
        while (live(cur) && !visitedFrom.count(cur)) {
            visitedFrom[cur] = static_cast<int>(start->taskId());
            path.push_back(cur);
            cur = blockingTask(*live(cur), *this);
        }
        if (!live(cur) || visitedFrom[cur] != static_cast<int>(start->taskId()))
            continue;
        out << "\n  cycle: ";
        bool inCycle = false;
        for (int64_t id : path) {
            inCycle = inCycle || id == cur;
            if (inCycle)
                out << taskName(*this, id) << " -> ";
        }
        out << taskName(*this, cur);
    }
    return out.str();
}

void EventLoop::unwindPendingTasks()
{
    m_stopping = true;
    for (const auto &t : m_tasks) {
        if (!t->done())
            t->unwind();
    }
}

} // namespace aw::aio
