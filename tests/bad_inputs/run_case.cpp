// Runs one case as `awaitscope run|check FILE` would, under the bad-input limits: the same
// stdout, stderr and exit code. A process per case, as for the user: object numbers (the
// 'Lock-207' in a deadlock report) are counted from the start of the process.
//
//     bad_input_case run|check FILE.py LABEL [MEMORY_MIB]

#include "test_limits.h"

#include "interp/scenario_runner.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {
void write(const std::string &s, FILE *stream)
{
    std::fwrite(s.data(), 1, s.size(), stream);
    std::fflush(stream);
}
} // namespace

int main(int argc, char **argv)
{
    if (argc != 4 && argc != 5) {
        write("usage: bad_input_case run|check FILE.py LABEL [MEMORY_MIB]\n", stderr);
        return 64;
    }
    const std::string command = argv[1];
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) {
        write(std::string("bad_input_case: cannot read ") + argv[2] + "\n", stderr);
        return 64;
    }
    std::ostringstream source;
    source << in.rdbuf();
    if (command == "check") {
        const std::string problem = aw::interp::checkScenario(source.str(), argv[3]);
        write(problem, stderr);
        return problem.empty() ? 0 : 2;
    }
    aw::interp::Limits limits = badInputLimits();
    if (argc == 5)
        limits.maxMemoryBytes = std::stoull(argv[4]) << 20;
    const aw::interp::ScenarioResult r = aw::interp::runScenario(source.str(), argv[3], limits, false);
    write(r.run.out, stdout);
    write(r.run.err, stderr);
    return r.run.exitCode;
}
