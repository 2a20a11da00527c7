// `time` on the virtual clock: reading it never touches the wall clock, and sleep() blocks
// the loop (or the executor worker) in virtual time.

#include "modules.h"

#include "py/args.h"
#include "py/protocol.h"

#include <cmath>

namespace aw::interp {

void initTimeModule(Interpreter &interp, ModuleObject &m)
{
    Interpreter *ip = &interp;
    for (const char *name : {"time", "perf_counter", "monotonic", "process_time", "thread_time"}) {
        std::string n = name;
        const bool frozen = n == "process_time" || n == "thread_time";
        m.def(n, [ip, n, frozen](const Value &, const CallArgs &args) {
            py::noArgs(args, n);
            return Value::floating(frozen ? 0.0 : ip->clock());
        });
        m.def(n + "_ns", [ip, n, frozen](const Value &, const CallArgs &args) {
            py::noArgs(args, n + "_ns");
            return Value::integer(frozen ? 0 : static_cast<int64_t>(std::llround(ip->clock() * 1e9)));
        });
    }
    m.def("sleep", [ip](const Value &, const CallArgs &args) {
        const double seconds = py::toDouble(py::oneArg(args, "sleep"));
        if (seconds < 0)
            py::raise(builtin::ValueError(), "sleep length must be non-negative");
        ip->sleepBlocking(seconds);
        return Value();
    });
}

} // namespace aw::interp
