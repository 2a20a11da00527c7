// `time` on the virtual clock: reading it never touches the wall clock, and sleep() blocks
// the loop (or the executor worker) in virtual time.

#include "modules.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/args.h"
#include "py/protocol.h"

#include <cmath>
#include <ctime>
#include <string>

namespace aw::interp {

namespace {

std::tm toTm(double seconds)
{
    const auto t = static_cast<std::time_t>(std::floor(seconds));
    std::tm tm{};
    gmtime_r(&t, &tm);
    return tm;
}

// time.struct_time as a plain 9-tuple (year, month, day, hour, minute, second, weekday
// with Monday 0, day of the year, isdst).
Value structTime(double seconds)
{
    const std::tm tm = toTm(seconds);
    return tuple({Value::integer(tm.tm_year + 1900), Value::integer(tm.tm_mon + 1), Value::integer(tm.tm_mday),
                  Value::integer(tm.tm_hour), Value::integer(tm.tm_min), Value::integer(tm.tm_sec),
                  Value::integer((tm.tm_wday + 6) % 7), Value::integer(tm.tm_yday + 1), Value::integer(0)});
}

std::tm fromTuple(const Value &t)
{
    auto *items = t.as<TupleObject>();
    if (!items || items->items().size() != 9)
        py::raise(builtin::TypeError(), "Tuple or struct_time argument required");
    auto at = [&](size_t i) { return static_cast<int>(py::toInt(items->items()[i])); };
    std::tm tm{};
    tm.tm_year = at(0) - 1900;
    tm.tm_mon = at(1) - 1;
    tm.tm_mday = at(2);
    tm.tm_hour = at(3);
    tm.tm_min = at(4);
    tm.tm_sec = at(5);
    tm.tm_wday = (at(6) + 1) % 7;
    tm.tm_yday = at(7) - 1;
    return tm;
}

std::string format(const std::string &fmt, const std::tm &tm)
{
    if (fmt.empty())
        return {};
    std::string out(fmt.size() * 4 + 64, '\0');
    const size_t n = std::strftime(out.data(), out.size(), fmt.c_str(), &tm);
    out.resize(n);
    return out;
}

} // namespace

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
    // The wall clock is the virtual clock read as seconds since the epoch, in UTC (the
    // reference harness runs CPython with TZ=UTC on the same clock), so dates and times
    // printed by a scenario are reproducible.
    m.def("gmtime", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "gmtime", {"secs"}, 0);
        return structTime(a[0].isNone() ? ip->clock() : py::toDouble(a[0]));
    });
    m.def("localtime", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "localtime", {"secs"}, 0);
        return structTime(a[0].isNone() ? ip->clock() : py::toDouble(a[0]));
    });
    m.def("strftime", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "strftime", {"format", "t"}, 1);
        std::tm tm = a[1].isNone() ? toTm(ip->clock()) : fromTuple(a[1]);
        return aw::str(format(py::strText(a[0], "strftime() argument 1"), tm));
    });
    m.def("ctime", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "ctime", {"secs"}, 0);
        return aw::str(format("%a %b %e %H:%M:%S %Y", toTm(a[0].isNone() ? ip->clock() : py::toDouble(a[0]))));
    });
    m.def("asctime", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "asctime", {"t"}, 0);
        return aw::str(format("%a %b %e %H:%M:%S %Y", a[0].isNone() ? toTm(ip->clock()) : fromTuple(a[0])));
    });
    m.set("timezone", Value::integer(0));
    m.def("sleep", [ip](const Value &, const CallArgs &args) {
        const double seconds = py::toDouble(py::oneArg(args, "sleep"));
        if (seconds < 0)
            py::raise(builtin::ValueError(), "sleep length must be non-negative");
        ip->sleepBlocking(seconds);
        return Value();
    });
}

} // namespace aw::interp
