// libFuzzer target: any bytes run as a scenario, through the same entry point as the app,
// with limits small enough that each input ends in milliseconds. The scenario must not
// crash the engine, whatever it does; sandboxed builtins keep it off the host.

#include "interp/scenario_runner.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    aw::interp::Limits limits;
    limits.maxSteps = 20'000;
    limits.maxRecursion = 60;
    limits.maxLoopCallbacks = 20'000;
    limits.maxVirtualTime = 1'000;
    limits.maxMemoryBytes = 64u << 20;
    limits.maxTasks = 500;
    const std::string source(reinterpret_cast<const char *>(data), size);
    (void)aw::interp::runScenario(source, "fuzz.py", limits);
    return 0;
}
