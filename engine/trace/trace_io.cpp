#include "trace_io.h"

#include "text/number_format.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <bit>
#include <cmath>
#include <istream>
#include <ostream>

namespace aw::trace {

namespace {

constexpr std::array kWaitKinds{"nothing", "yield", "sleep", "task", "future", "lock", "semaphore", "event",
                                "condition", "queue", "queue-put", "barrier", "executor", "gather", "wait", "timeout"};
constexpr std::array kResourceKinds{"lock", "semaphore", "event", "condition", "queue", "barrier", "worker"};
constexpr std::array kOutcomes{"result", "exception", "cancelled"};

void writeString(std::ostream &out, std::string_view s)
{
    out << '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out << "\\\""; break;
        case '\\': out << "\\\\"; break;
        case '\n': out << "\\n"; break;
        case '\r': out << "\\r"; break;
        case '\t': out << "\\t"; break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out << "\\u00" << hex[c >> 4] << hex[c & 15];
            } else {
                out << c;
            }
        }
    }
    out << '"';
}

void writeDouble(std::ostream &out, double d)
{
    if (std::isfinite(d))
        out << text::floatRepr(d);
    else
        writeString(out, text::floatRepr(d));
}

void writeTaskRef(std::ostream &out, uint32_t plusOne)
{
    if (plusOne == 0)
        out << "null";
    else
        out << plusOne - 1;
}

void writeFields(const Trace &trace, const Event &e, std::ostream &out)
{
    switch (e.kind) {
    case EventKind::TaskCreated:
        out << ",\"task\":" << e.task << ",\"parent\":";
        writeTaskRef(out, e.a);
        out << ",\"name\":";
        writeString(out, trace.string(static_cast<uint32_t>(e.b)));
        out << ",\"coro\":";
        writeString(out, trace.string(static_cast<uint32_t>(e.b >> 32)));
        break;
    case EventKind::TaskReady:
        out << ",\"task\":" << e.task << ",\"waker\":";
        writeTaskRef(out, e.a);
        break;
    case EventKind::TaskRunning:
    case EventKind::CancelDelivered:
        out << ",\"task\":" << e.task;
        break;
    case EventKind::TaskWaiting:
        out << ",\"task\":" << e.task << ",\"on\":\"" << kWaitKinds.at(e.detail) << "\",\"target\":" << e.a
            << ",\"until\":";
        writeDouble(out, std::bit_cast<double>(e.b));
        break;
    case EventKind::TaskDone:
        out << ",\"task\":" << e.task << ",\"outcome\":\"" << kOutcomes.at(e.detail) << "\",\"value\":";
        writeString(out, trace.string(static_cast<uint32_t>(e.b)));
        break;
    case EventKind::CancelRequested:
        out << ",\"task\":" << e.task << ",\"by\":";
        writeTaskRef(out, e.a);
        out << ",\"msg\":";
        if (e.b == kNoString)
            out << "null";
        else
            writeString(out, trace.string(static_cast<uint32_t>(e.b)));
        break;
    case EventKind::ResourceCreated:
        out << ",\"id\":" << e.a << ",\"kind\":\"" << kResourceKinds.at(e.detail) << "\",\"name\":";
        writeString(out, trace.string(static_cast<uint32_t>(e.b)));
        break;
    case EventKind::ResourceChanged:
        out << ",\"id\":" << e.a << ",\"holder\":";
        writeTaskRef(out, e.task);
        out << ",\"value\":" << static_cast<int32_t>(e.b >> 32) << ",\"waiters\":" << static_cast<uint32_t>(e.b);
        break;
    case EventKind::LoopBlocked:
        out << ",\"by\":";
        writeTaskRef(out, e.task);
        out << ",\"until\":";
        writeDouble(out, std::bit_cast<double>(e.b));
        break;
    case EventKind::Output:
        out << ",\"task\":";
        writeTaskRef(out, e.task);
        out << ",\"text\":";
        writeString(out, trace.string(static_cast<uint32_t>(e.b)));
        break;
    case EventKind::Deadlock:
        break;
    case EventKind::TaskRenamed:
        out << ",\"task\":" << e.task << ",\"name\":";
        writeString(out, trace.string(static_cast<uint32_t>(e.b)));
        break;
    }
}

template<size_t N>
int indexOf(const std::array<const char *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

std::string_view waitKindKey(aio::WaitKind kind)
{
    return kWaitKinds.at(static_cast<size_t>(kind));
}

std::string_view resourceKindKey(aio::ResourceKind kind)
{
    return kResourceKinds.at(static_cast<size_t>(kind));
}

void writeJsonLines(const Trace &trace, std::ostream &out)
{
    out << "{\"format\":\"awaitscope-trace\",\"version\":1}\n";
    trace.forEach(0, trace.size(), [&](const Event &e) {
        out << "{\"seq\":" << e.seq << ",\"t\":";
        writeDouble(out, e.time);
        out << ",\"ev\":\"" << eventKindName(e.kind) << '"';
        writeFields(trace, e, out);
        if (e.line != 0)
            out << ",\"line\":" << e.line;
        out << "}\n";
    });
}

} // namespace aw::trace
