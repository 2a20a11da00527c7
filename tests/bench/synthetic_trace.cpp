#include "synthetic_trace.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <string>
#include <vector>

using aw::trace::EventKind;

namespace awaitscope::bench {

aw::trace::Trace syntheticTrace(uint32_t groups)
{
    aw::trace::Trace t;
    t.reserve(12'000 * size_t(groups));
    uint64_t seed = 12345;
    auto next = [&](uint32_t n) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return uint32_t(seed >> 33) % n;
    };
    auto names = [&](const std::string &name, const char *coro) {
        return uint64_t(t.intern(name)) | uint64_t(t.intern(coro)) << 32;
    };
    constexpr uint32_t kPerGroup = 99, kLocks = 20, kCycles = 33;
    uint32_t id = 0;
    t.append(EventKind::TaskCreated, 0, 0, id++, 0, names("Task-1", "main"));
    for (uint32_t r = 0; r < kLocks; ++r)
        t.append(EventKind::ResourceCreated, uint8_t(aw::aio::ResourceKind::Lock), 0, 0, r, t.intern("lock-" + std::to_string(r)));
    t.append(EventKind::ResourceCreated, uint8_t(aw::aio::ResourceKind::Queue), 0, 0, kLocks, t.intern("jobs"));
    struct Wake {
        double time;
        uint32_t task;
        uint32_t cycle;
        bool operator>(const Wake &o) const { return time != o.time ? time > o.time : task > o.task; }
    };
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> wakes;
    for (uint32_t g = 0; g < groups; ++g) {
        const uint32_t group = id++;
        t.append(EventKind::TaskCreated, 0, 0, group, 1, names("Task-" + std::to_string(group + 1), "group"));
        t.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Gather), 0, group, group, 0);
        for (uint32_t w = 0; w < kPerGroup; ++w) {
            const uint32_t task = id++;
            t.append(EventKind::TaskCreated, 0, 0, task, group + 1, names("Task-" + std::to_string(task + 1), "worker"));
            wakes.push({0.0, task, 0});
        }
    }
    int queueDepth = 0;
    while (!wakes.empty()) {
        const Wake w = wakes.top();
        wakes.pop();
        t.append(EventKind::TaskReady, 0, w.time, w.task, next(4) == 0 ? next(id) + 1 : 0, 0);
        t.append(EventKind::TaskRunning, 0, w.time, w.task, 0, 0);
        if (w.cycle == kCycles) {
            t.append(EventKind::TaskDone, 0, w.time, w.task, 0, aw::trace::kNoString);
            continue;
        }
        const uint32_t kind = next(3);
        const double later = w.time + 0.01 * (1 + next(100));
        if (kind == 0) {
            t.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Sleep), w.time, w.task, 0, 0);
        } else if (kind == 1) {
            const uint32_t lock = next(kLocks);
            t.append(EventKind::ResourceChanged, 0, w.time, w.task + 1, lock, uint64_t(1) << 32 | next(4));
            t.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Lock), w.time, w.task, lock, 0);
        } else {
            queueDepth = std::max(0, queueDepth + int(next(3)) - 1);
            t.append(EventKind::ResourceChanged, 0, w.time, 0, kLocks, uint64_t(uint32_t(queueDepth)) << 32);
            t.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Queue), w.time, w.task, kLocks, 0);
        }
        wakes.push({later, w.task, w.cycle + 1});
    }
    return t;
}

} // namespace awaitscope::bench
