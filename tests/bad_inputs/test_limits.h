#pragma once
// The limits the bad-input cases run under: smaller than the app's defaults so that runaway
// cases stop in a fraction of a second even under the sanitizers. Only the numbers in the
// limit messages differ from what the app prints.

#include "interp/interpreter.h"

inline aw::interp::Limits badInputLimits()
{
    aw::interp::Limits limits;
    limits.maxSteps = 5'000'000;
    limits.maxLoopCallbacks = 1'000'000;
    limits.maxVirtualTime = 1e8;
    limits.maxMemoryBytes = size_t(64) << 20;
    limits.maxTasks = 20'000;
    return limits;
}
