// bench_trace: runs a scenario with its trace recorded, as the window does, and prints the
// trace's size in memory per event (target: at most 32 bytes) and the run time with and
// without recording, each the median of several runs.
//
//   build-bench/tests/bench/bench_trace FILE.py [runs]
//
// Lines starting with "metric" are for scripts/bench.sh: metric NAME VALUE.

#include "interp/scenario_runner.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: bench_trace FILE.py [runs]\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "bench_trace: cannot read %s\n", argv[1]);
        return 2;
    }
    std::stringstream source;
    source << in.rdbuf();
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;

    uint64_t events = 0;
    size_t bytes = 0, strings = 0;
    std::vector<double> withTrace, withoutTrace;
    for (int i = 0; i < runs; ++i) {
        for (const bool record : {true, false}) {
            const auto start = std::chrono::steady_clock::now();
            const aw::interp::ScenarioResult r = aw::interp::runScenario(source.str(), argv[1], {}, record);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            if (r.run.exitCode != 0) {
                std::fprintf(stderr, "bench_trace: %s exited with %d\n%s", argv[1], r.run.exitCode, r.run.err.c_str());
                return 1;
            }
            (record ? withTrace : withoutTrace).push_back(ms);
            if (record) {
                events = r.trace->size();
                bytes = r.trace->memoryBytes();
                strings = r.trace->stringCount();
            }
        }
    }
    const double perEvent = events ? double(bytes) / double(events) : 0.0;
    std::printf("trace: %llu events, %zu strings, %zu bytes in memory: %.1f bytes/event\n",
                static_cast<unsigned long long>(events), strings, bytes, perEvent);
    std::printf("run: %.0f ms recording the trace, %.0f ms without (median of %d)\n", median(withTrace),
                median(withoutTrace), runs);
    std::printf("metric trace.events %llu\n", static_cast<unsigned long long>(events));
    std::printf("metric trace.bytes %zu\n", bytes);
    std::printf("metric trace.bytes_per_event %.2f\n", perEvent);
    std::printf("metric trace.run_ms %.1f\n", median(withTrace));
    std::printf("metric trace.run_untraced_ms %.1f\n", median(withoutTrace));
    return 0;
}
