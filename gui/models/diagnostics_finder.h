#pragma once
// Finds the problems of a run in its trace, incrementally: scan() reads the events the
// index has gained since the last call; what can only be judged once the run is over
// (tasks left pending, exceptions never retrieved) comes from endOfRun().

#include "diagnostic.h"
#include "run_messages.h"
#include "trace_index.h"

#include <unordered_map>
#include <unordered_set>

namespace awaitscope::models {

class DiagnosticsFinder {
public:
    explicit DiagnosticsFinder(const TraceIndex &index) : m_index(index) {}

    // Reads events [scanned, index.size()) and returns what they show, in event order.
    std::vector<Diagnostic> scan();

    // Judged on the whole trace, once the run is over. Without the run's messages, a failed
    // task's exception counts as never retrieved by the heuristic of
    // heuristicNeverRetrieved(); with them, only CPython's own reports count (they are
    // exact), placed at the task's end.
    std::vector<Diagnostic> endOfRun() const;
    std::vector<Diagnostic> endOfRun(const std::vector<RunMessage> &messages) const;

private:
    struct HeldLock {
        uint32_t resource;
        uint64_t seq; // the change that made the task its holder
    };
    struct Delivery {
        uint64_t request;
        uint64_t delivered;
        bool reported; // requested by a task, or by asyncio.run's shutdown
    };

    void lockChanged(const aw::trace::Event &e);
    void taskDone(const aw::trace::Event &e, std::vector<Diagnostic> &out);
    Diagnostic deadlock(uint64_t seq) const;
    std::vector<Diagnostic> pendingAtEnd() const;
    std::vector<Diagnostic> heuristicNeverRetrieved() const;
    Diagnostic fromMessage(const RunMessage &m) const;
    const TaskRecord *failedTask(const RunMessage &m) const;

    const TraceIndex &m_index;
    uint64_t m_scanned = 0;
    std::unordered_map<uint32_t, int64_t> m_lockHolder;                // lock -> holder task
    std::unordered_map<int64_t, std::vector<HeldLock>> m_locksHeld;   // task -> locks
    std::unordered_map<uint32_t, std::vector<uint64_t>> m_requests;   // task -> CancelRequested not delivered
    std::unordered_map<uint32_t, Delivery> m_delivered;               // task -> last delivery
    std::unordered_set<uint32_t> m_liveRoots;                         // tasks created by no task, not done
};

} // namespace awaitscope::models
