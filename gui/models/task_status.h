#pragma once
// A task's state at one playhead, as the models and the inspector show it.

#include "aio/wait_target.h"

#include <QString>

#include <cstdint>
#include <limits>

namespace awaitscope::models {

// "No event": a playhead past every event, or a moment that does not exist.
inline constexpr uint64_t kNoSeq = std::numeric_limits<uint64_t>::max();

// Pending: created but not yet scheduled (asyncio's "pending" covers Ready..Waiting too;
// here it is the short moment before the first TaskReady).
enum class TaskPhase : uint8_t { NotCreated, Pending, Ready, Running, Waiting, Done, Failed, Cancelled };

struct TaskStatus {
    TaskPhase phase = TaskPhase::NotCreated;
    aw::aio::WaitKind wait = aw::aio::WaitKind::Nothing; // for Waiting
    uint32_t target = 0;                                  // the wait target's id (see WaitKind)
    double until = 0.0;                                   // Sleep/Timeout deadline
    uint64_t seq = kNoSeq;                                // the event that set this state

    bool operator==(const TaskStatus &) const = default;
    bool finished() const { return phase >= TaskPhase::Done; }
};

// "not yet created", "pending", "ready", "running", "done", "failed", "cancelled"; for
// Waiting the kind of wait in the timeline's words ("sleeping", "lock"...). The models
// say more (what exactly is awaited) through TraceIndex::describeStatus().
QString phaseLabel(TaskPhase phase, aw::aio::WaitKind wait = aw::aio::WaitKind::Nothing);

// Virtual time as the views show it: "1.500 s".
QString formatTime(double seconds);

} // namespace awaitscope::models
