// Reading the JSON Lines trace back. Every field is checked, since a trace file may come
// from anywhere: a bad file gives a line number and a reason, never a crash.

#include "trace_io.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <bit>
#include <cmath>
#include <istream>
#include <limits>

namespace aw::trace {

namespace {

struct LineReader {
    QJsonObject obj;
    std::string error;

    bool fail(const std::string &message)
    {
        if (error.empty())
            error = message;
        return false;
    }
    uint32_t u32(const char *key)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > std::numeric_limits<uint32_t>::max() || d != std::floor(d)) {
            fail(std::string("field '") + key + "' must be a non-negative integer");
            return 0;
        }
        return static_cast<uint32_t>(d);
    }
    // A task reference as stored: task id + 1, or 0 for null.
    uint32_t taskRef(const char *key)
    {
        if (obj.value(QLatin1String(key)).isNull())
            return 0;
        return u32(key) + 1;
    }
    double number(const char *key)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isDouble())
            return v.toDouble();
        const QString s = v.toString();
        if (s == "inf")
            return std::numeric_limits<double>::infinity();
        if (s == "-inf")
            return -std::numeric_limits<double>::infinity();
        if (s == "nan")
            return std::numeric_limits<double>::quiet_NaN();
        fail(std::string("field '") + key + "' must be a number");
        return 0;
    }
    std::string string(const char *key)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (!v.isString())
            fail(std::string("field '") + key + "' must be a string");
        return v.toString().toStdString();
    }
    int name(const char *key, std::initializer_list<std::string_view> names)
    {
        const std::string s = string(key);
        int i = 0;
        for (auto n : names) {
            if (n == s)
                return i;
            ++i;
        }
        fail(std::string("unknown ") + key + " '" + s + "'");
        return 0;
    }
};

int waitKindIndex(LineReader &r)
{
    return r.name("on", {"nothing", "yield", "sleep", "task", "future", "lock", "semaphore", "event", "condition",
                         "queue", "queue-put", "barrier", "executor", "gather", "wait", "timeout"});
}

int resourceKindIndex(LineReader &r)
{
    return r.name("kind", {"lock", "semaphore", "event", "condition", "queue", "barrier", "worker"});
}

bool readEvent(Trace &trace, LineReader &r, double lastTime)
{
    const double t = r.number("t");
    if (!r.error.empty())
        return false;
    if (!(t >= lastTime))
        return r.fail("events must be in time order");
    const int kind = r.name("ev", {"create", "ready", "run", "wait", "done", "cancel", "cancelled-at", "resource",
                                   "state", "blocked", "print", "deadlock", "rename"});
    uint8_t detail = 0;
    uint32_t task = 0, a = 0;
    uint64_t b = 0;
    switch (static_cast<EventKind>(kind)) {
    case EventKind::TaskCreated:
        task = r.u32("task");
        a = r.taskRef("parent");
        b = trace.intern(r.string("name")) | (uint64_t(trace.intern(r.string("coro"))) << 32);
        break;
    case EventKind::TaskReady:
        task = r.u32("task");
        a = r.taskRef("waker");
        break;
    case EventKind::TaskRunning:
    case EventKind::CancelDelivered:
        task = r.u32("task");
        break;
    case EventKind::TaskWaiting:
        task = r.u32("task");
        detail = static_cast<uint8_t>(waitKindIndex(r));
        a = r.u32("target");
        b = std::bit_cast<uint64_t>(r.number("until"));
        break;
    case EventKind::TaskDone:
        task = r.u32("task");
        detail = static_cast<uint8_t>(r.name("outcome", {"result", "exception", "cancelled"}));
        b = trace.intern(r.string("value"));
        break;
    case EventKind::CancelRequested:
        task = r.u32("task");
        a = r.taskRef("by");
        b = r.obj.value("msg").isNull() ? kNoString : trace.intern(r.string("msg"));
        break;
    case EventKind::ResourceCreated:
        a = r.u32("id");
        detail = static_cast<uint8_t>(resourceKindIndex(r));
        b = trace.intern(r.string("name"));
        break;
    case EventKind::ResourceChanged: {
        a = r.u32("id");
        task = r.taskRef("holder");
        const double value = r.number("value");
        if (value < std::numeric_limits<int32_t>::min() || value > std::numeric_limits<int32_t>::max())
            return r.fail("field 'value' is out of range");
        b = (uint64_t(static_cast<uint32_t>(static_cast<int32_t>(value))) << 32) | r.u32("waiters");
        break;
    }
    case EventKind::LoopBlocked:
        task = r.taskRef("by");
        b = std::bit_cast<uint64_t>(r.number("until"));
        break;
    case EventKind::Output:
        task = r.taskRef("task");
        b = trace.intern(r.string("text"));
        break;
    case EventKind::Deadlock:
        break;
    case EventKind::TaskRenamed:
        task = r.u32("task");
        b = trace.intern(r.string("name"));
        break;
    }
    const uint32_t line = r.obj.contains("line") ? r.u32("line") : 0;
    if (!r.error.empty())
        return false;
    trace.append(static_cast<EventKind>(kind), detail, t, task, a, b, line);
    return true;
}

} // namespace

std::optional<Trace> readJsonLines(std::istream &in, ReadError *error)
{
    Trace trace;
    std::string line;
    int lineNo = 0;
    double lastTime = -std::numeric_limits<double>::infinity();
    auto failAt = [&](const std::string &message) -> std::optional<Trace> {
        if (error)
            *error = {lineNo, message};
        return std::nullopt;
    };
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &parseError);
        if (!doc.isObject())
            return failAt("not a JSON object: " + parseError.errorString().toStdString());
        LineReader r{doc.object(), {}};
        if (lineNo == 1) {
            if (r.obj.value("format").toString() != "awaitscope-trace")
                return failAt("not an Awaitscope trace (the first line must name the format)");
            if (r.obj.value("version").toInt() != 1)
                return failAt("unsupported trace version");
            continue;
        }
        if (!r.obj.value("seq").isDouble() || r.obj.value("seq").toDouble() != static_cast<double>(trace.size()))
            return failAt("events must be numbered 0, 1, 2, ... in order");
        if (!readEvent(trace, r, lastTime))
            return failAt(r.error);
        lastTime = trace.timeOf(trace.size() - 1);
    }
    if (lineNo == 0)
        return failAt("empty file");
    return trace;
}

} // namespace aw::trace
