#pragma once
// What a scenario run may still spend before its limits are looked at again. Statements,
// loop iterations and the items that the runtime's own loops go through (`list(range(n))`,
// `sum(it)`) are charged one unit each; every so many units the run's checkpoint checks
// the step budget and the memory in use. Large single allocations (a repetition, a
// concatenation) ask first, so one expression cannot take the process down between two
// checkpoints.
//
// Per thread: each run installs its checkpoint on its own thread for its duration.

#include <cstddef>
#include <cstdint>

namespace aw {

class RunMeter {
public:
    using Checkpoint = void (*)(void *context);

    static void charge()
    {
        if (--s_countdown <= 0)
            reachedCheckpoint();
    }
    // Work that counts as `units` statements at once (arithmetic on big integers). Charged
    // before the work is done, so that a budget it would exceed stops it first.
    static void charge(int64_t units)
    {
        s_countdown -= units;
        if (s_countdown <= 0)
            reachedCheckpoint();
    }
    // Units charged beyond the last grant, for the checkpoint to count as spent.
    static int64_t overdrawn() noexcept { return s_countdown < 0 ? -s_countdown : 0; }
    // Raises MemoryError when `bytes` more would take the heap past the run's ceiling.
    // Small requests are only added up until they amount to something worth a look.
    static void reserve(size_t bytes);

    // Bytes the process holds now: its resident set (the sanitizer's heap under ASan).
    static size_t heapInUse();

    // The current thread's run: `checkpoint(context)` is called every time `units` more are
    // charged (it calls rearm()); allocations may take the heap up to `ceiling` bytes.
    struct Installation {
        Checkpoint checkpoint = nullptr;
        void *context = nullptr;
        size_t ceiling = SIZE_MAX;
    };
    // Installs `run` on this thread and returns what was installed before.
    static Installation install(const Installation &run, int64_t units);
    // Grants `units` more before the next checkpoint.
    static void rearm(int64_t units) noexcept { s_countdown = units; }
    static size_t ceiling() noexcept { return s_run.ceiling; }

private:
    static void reachedCheckpoint();

    static thread_local int64_t s_countdown;
    static thread_local Installation s_run;
};

} // namespace aw
