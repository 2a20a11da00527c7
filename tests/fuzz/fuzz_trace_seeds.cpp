// Writes OUTDIR/NAME.jsonl for each scenario file given: real traces as the trace fuzzer's
// starting points.
//
//     fuzz_trace_seeds OUTDIR scenarios/a.py scenarios/b.py ...

#include "interp/scenario_runner.h"
#include "trace/trace_io.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: fuzz_trace_seeds OUTDIR SCENARIO.py...\n";
        return 2;
    }
    const std::filesystem::path outDir = argv[1];
    std::filesystem::create_directories(outDir);
    for (int i = 2; i < argc; ++i) {
        const std::filesystem::path path = argv[i];
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::cerr << "fuzz_trace_seeds: cannot read " << path << "\n";
            return 1;
        }
        std::ostringstream source;
        source << in.rdbuf();
        const aw::interp::ScenarioResult r = aw::interp::runScenario(source.str(), path.string());
        std::ofstream out(outDir / (path.stem().string() + ".jsonl"), std::ios::binary);
        aw::trace::writeJsonLines(*r.trace, out);
    }
    return 0;
}
