#pragma once
// The one code path that runs a scenario file, shared by the command line and the window:
// read the file, run it on a thread with a generous stack (deep Python recursion must end
// in RecursionError, not a crash), and hand back what it printed and recorded.

#include "interpreter.h"

#include "trace/trace.h"

#include <memory>
#include <optional>
#include <string>

namespace aw::interp {

// Python's default recursion limit of 1000 frames needs far less; the margin covers deep
// expressions and the engine's own frames.
inline constexpr unsigned kScenarioStackBytes = 512u * 1024u * 1024u;

struct ScenarioResult {
    RunResult run;
    std::shared_ptr<trace::Trace> trace;
};

// Runs `source` labelled `filename`; `trace` may be null.
ScenarioResult runScenario(const std::string &source, const std::string &filename, const Limits &limits = {},
                           bool recordTrace = true);

// Why a scenario cannot run at all, for an editor to mark: where (1-based line and
// column), the last line ("SyntaxError: invalid syntax") and the full report.
struct ScenarioProblem {
    int line = 0;
    int column = 0;
    std::string message;
    std::string report;
};

// Parses and compiles only; nothing when the file is fine.
std::optional<ScenarioProblem> findProblem(const std::string &source, const std::string &filename);

// Parses and compiles only: the message CPython would print for a syntax error, or ours for
// a construct scenarios do not support. Empty when the file is fine.
std::string checkScenario(const std::string &source, const std::string &filename);

} // namespace aw::interp
