#pragma once
// Where every task stands at the playhead: what the source view marks (the lines tasks
// are suspended on, the running task's line). Moving forward applies the new events;
// moving backward restores the nearest checkpoint and replays from there, so scrubbing a
// trace of millions of events stays cheap.

#include "trace/trace.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace awaitscope {

class PlayheadState {
public:
    enum class Phase : uint8_t { Unborn, Ready, Running, Waiting, Finished };
    struct TaskAt {
        Phase phase = Phase::Unborn;
        uint32_t line = 0; // where it suspended (Waiting) or was created (Ready, before its first step)
    };

    void setTrace(std::shared_ptr<const aw::trace::Trace> trace);
    void moveTo(uint64_t playhead);

    uint64_t playhead() const noexcept { return m_playhead; }
    // Indexed by task id; tasks not yet created are Unborn.
    const std::vector<TaskAt> &tasks() const noexcept { return m_tasks; }
    // The task whose step is under way at the playhead, or -1.
    int64_t runningTask() const noexcept { return m_running; }
    // The line that task is on: the last line its step reached, or the next one it will.
    uint32_t runningLine() const;

    static constexpr uint64_t kCheckpointEvery = 1 << 16;

private:
    struct Checkpoint {
        std::vector<TaskAt> tasks;
        int64_t running;
        uint64_t stepStart;
    };
    void apply(uint64_t seq);

    std::shared_ptr<const aw::trace::Trace> m_trace;
    std::vector<TaskAt> m_tasks;
    std::vector<Checkpoint> m_checkpoints; // m_checkpoints[i]: the state at i * kCheckpointEvery
    uint64_t m_playhead = 0;
    uint64_t m_stepStart = 0; // the event that began the running task's step
    int64_t m_running = -1;
};

} // namespace awaitscope
