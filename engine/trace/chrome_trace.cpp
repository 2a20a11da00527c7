#include "chrome_trace.h"

#include "trace_io.h"

#include "text/number_format.h"
#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <map>
#include <optional>
#include <ostream>
#include <vector>

namespace aw::trace {

namespace {

using aio::ResourceKind;
using aio::WaitKind;

constexpr int64_t kStepNs = 2;
constexpr int64_t kMaxNs = 9'000'000'000'000'000'000;
constexpr int64_t kLoopTid = 1;

int64_t tidOf(uint32_t task)
{
    return int64_t(task) + 2;
}

int64_t nsOf(double seconds)
{
    if (!(seconds > 0))
        return 0;
    return seconds * 1e9 >= double(kMaxNs) ? kMaxNs : std::llround(seconds * 1e9);
}

// Microseconds with exactly three decimals, so nanosecond steps survive and the text never
// depends on floating-point formatting.
std::string micros(int64_t ns)
{
    std::string frac = std::to_string(ns % 1000);
    return std::to_string(ns / 1000) + "." + std::string(3 - frac.size(), '0') + frac;
}

// A JSON string literal. Trace strings are UTF-8 from the interpreter, which may hold lone
// surrogates or (from outside) malformed bytes: both become U+FFFD, so the file is valid JSON.
std::string quoted(std::string_view s)
{
    std::string out = "\"";
    size_t pos = 0;
    while (pos < s.size()) {
        char32_t c = text::nextCodePoint(s, pos);
        if (c >= 0xD800 && c <= 0xDFFF)
            c = text::kReplacementChar;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                text::appendUtf8(out, c);
            }
        }
    }
    return out + "\"";
}

// The members of an "args" object, in the order they are added.
class Args {
public:
    Args &str(std::string_view key, std::string_view value) { return raw(key, quoted(value)); }
    Args &num(std::string_view key, int64_t value) { return raw(key, std::to_string(value)); }
    Args &raw(std::string_view key, const std::string &json)
    {
        m_text += (m_text.empty() ? "" : ",") + quoted(key) + ":" + json;
        return *this;
    }
    const std::string &text() const { return m_text; }

private:
    std::string m_text;
};

// Slice names for each WaitKind, in its order.
constexpr std::array<const char *, 16> kWaitingNames{
    "waiting",
    "yielding",
    "sleeping",
    "waiting on task",
    "waiting on future",
    "waiting on lock",
    "waiting on semaphore",
    "waiting on event",
    "waiting on condition",
    "waiting on queue",
    "waiting for queue space",
    "waiting on barrier",
    "waiting on executor job",
    "waiting on gather",
    "waiting on wait()",
    "waiting with timeout",
};

// chrome://tracing's reserved colour names (Perfetto colours by name instead).
const char *waitingColour(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Yield: return "thread_state_runnable";
    case WaitKind::Sleep: return "thread_state_sleeping";
    default: return "thread_state_iowait";
    }
}

struct Point {
    int64_t tid;
    int64_t ts;
};

class Builder {
public:
    explicit Builder(const Trace &trace) : m_trace(trace) {}

    void add(const Event &e);
    void finish();
    void write(std::ostream &out, const ChromeTraceOptions &options);

private:
    struct Track {
        std::string name;
        std::string coro;
        int64_t parent = -1;
        bool open = false;
        int64_t openTs = 0;
        std::string openName;
        Args openArgs;
        const char *colour = "";
        bool hadSlice = false;
        bool finished = false;
        int64_t doneTs = 0;
    };
    struct Resource {
        ResourceKind kind = ResourceKind::Lock;
        std::string name;
        std::optional<int64_t> initial;
    };
    struct Record {
        int64_t ts;
        std::string json;
    };

    Track &track(uint32_t task);
    std::string taskName(uint32_t plusOne);
    // A point strictly inside the task's current slice, or its last one once it has finished.
    std::optional<Point> anchor(uint32_t task);
    void begin(uint32_t task, std::string name, const Args &args, const char *colour);
    void close(Track &t, uint32_t task, int64_t end);
    void emit(int64_t ts, std::string_view name, std::string_view cat, char ph, std::optional<int64_t> tid,
              const std::string &extra, const Args &args);
    void instant(uint32_t task, std::string_view name, const Args &args);
    void flow(std::string_view name, std::optional<Point> from, std::optional<Point> to);
    void waiting(const Event &e);
    void done(const Event &e);
    void resourceChanged(const Event &e);

    const Trace &m_trace;
    int64_t m_now = 0;
    int64_t m_last = -kStepNs;
    uint64_t m_nextFlow = 1;
    std::map<uint32_t, Track> m_tasks;
    std::vector<uint32_t> m_created;
    std::map<uint32_t, Resource> m_resources;
    std::vector<Record> m_records;
};

Builder::Track &Builder::track(uint32_t task)
{
    auto [it, inserted] = m_tasks.try_emplace(task);
    if (inserted) {
        m_created.push_back(task);
        it->second.name = "Task #" + std::to_string(task);
    }
    return it->second;
}

std::string Builder::taskName(uint32_t plusOne)
{
    if (plusOne == 0)
        return "null";
    auto it = m_tasks.find(plusOne - 1);
    return quoted(it != m_tasks.end() ? it->second.name : "Task #" + std::to_string(plusOne - 1));
}

std::optional<Point> Builder::anchor(uint32_t task)
{
    auto it = m_tasks.find(task);
    if (it == m_tasks.end())
        return std::nullopt;
    const Track &t = it->second;
    if (t.open)
        return Point{tidOf(task), m_now + 1};
    if (t.finished && t.hadSlice)
        return Point{tidOf(task), t.doneTs - 1};
    return std::nullopt;
}

void Builder::emit(int64_t ts, std::string_view name, std::string_view cat, char ph, std::optional<int64_t> tid,
                   const std::string &extra, const Args &args)
{
    std::string json = "{\"name\":" + quoted(name) + ",\"cat\":" + quoted(cat) + ",\"ph\":\"" + ph + "\",\"ts\":" +
                       micros(ts) + extra + ",\"pid\":1";
    if (tid)
        json += ",\"tid\":" + std::to_string(*tid);
    if (!args.text().empty())
        json += ",\"args\":{" + args.text() + "}";
    m_records.push_back({ts, json + "}"});
}

void Builder::instant(uint32_t task, std::string_view name, const Args &args)
{
    emit(m_now, name, "task", 'i', tidOf(task), ",\"s\":\"t\"", args);
}

void Builder::flow(std::string_view name, std::optional<Point> from, std::optional<Point> to)
{
    if (!from || !to || from->tid == to->tid || from->ts > to->ts)
        return;
    const std::string id = ",\"id\":" + std::to_string(m_nextFlow++);
    emit(from->ts, name, "flow", 's', from->tid, id, {});
    emit(to->ts, name, "flow", 'f', to->tid, id + ",\"bp\":\"e\"", {});
}

void Builder::close(Track &t, uint32_t task, int64_t end)
{
    if (!t.open)
        return;
    t.open = false;
    std::string extra = ",\"dur\":" + micros(end - t.openTs);
    if (*t.colour)
        extra += ",\"cname\":\"" + std::string(t.colour) + "\"";
    emit(t.openTs, t.openName, "state", 'X', tidOf(task), extra, t.openArgs);
}

void Builder::begin(uint32_t task, std::string name, const Args &args, const char *colour)
{
    Track &t = track(task);
    close(t, task, m_now);
    t.open = true;
    t.openTs = m_now;
    t.openName = std::move(name);
    t.openArgs = args;
    t.colour = colour;
    t.hadSlice = true;
}

void Builder::waiting(const Event &e)
{
    const auto kind = static_cast<WaitKind>(e.detail);
    Args args;
    args.str("on", waitKindKey(kind));
    switch (kind) {
    case WaitKind::Sleep:
    case WaitKind::Timeout: args.raw("until", quoted(text::floatRepr(std::bit_cast<double>(e.b)))); break;
    case WaitKind::Task: args.raw("task", taskName(e.a + 1)); break;
    case WaitKind::Lock:
    case WaitKind::Semaphore:
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Queue:
    case WaitKind::QueuePut:
    case WaitKind::Barrier: {
        auto it = m_resources.find(e.a);
        args.str("resource", it != m_resources.end() ? it->second.name : "#" + std::to_string(e.a));
        break;
    }
    case WaitKind::Executor: args.num("job", e.a); break;
    case WaitKind::Future:
    case WaitKind::Gather:
    case WaitKind::Wait: args.num("future", e.a); break;
    case WaitKind::Nothing:
    case WaitKind::Yield: break;
    }
    args.num("seq", static_cast<int64_t>(e.seq));
    begin(e.task, e.detail < kWaitingNames.size() ? kWaitingNames[e.detail] : kWaitingNames[0], args,
          waitingColour(kind));
    if (kind == WaitKind::Task)
        flow("await", anchor(e.task), anchor(e.a));
}

void Builder::done(const Event &e)
{
    Track &t = track(e.task);
    close(t, e.task, m_now);
    t.finished = true;
    t.doneTs = m_now;
    const auto outcome = static_cast<Outcome>(e.detail);
    const std::string &description = m_trace.string(static_cast<uint32_t>(e.b));
    Args args;
    if (outcome == Outcome::Result)
        args.str("result", description);
    else if (outcome == Outcome::Exception)
        args.str("exception", description);
    instant(e.task,
            outcome == Outcome::Result      ? "done"
            : outcome == Outcome::Exception ? "failed"
                                            : "cancelled",
            args);
}

void Builder::resourceChanged(const Event &e)
{
    auto it = m_resources.find(e.a);
    if (it == m_resources.end())
        return;
    Resource &r = it->second;
    const int64_t value = static_cast<int32_t>(e.b >> 32);
    const int64_t waiters = static_cast<uint32_t>(e.b);
    Args args;
    switch (r.kind) {
    case ResourceKind::Lock: args.num("locked", value).num("waiters", waiters); break;
    case ResourceKind::Semaphore:
        // The semaphore reports its initial permits when it is made; the value is what is left.
        if (!r.initial)
            r.initial = value;
        args.num("in use", *r.initial - value).num("waiters", waiters);
        break;
    case ResourceKind::Event: args.num("set", value).num("waiters", waiters); break;
    case ResourceKind::Condition: args.num("waiters", waiters); break;
    case ResourceKind::Queue: args.num("depth", value).num("waiters", waiters); break;
    case ResourceKind::Barrier: args.num("waiting", value); break;
    case ResourceKind::ExecutorWorker: args.num("busy", value); break;
    }
    emit(m_now, r.name, "resource", 'C', std::nullopt, "", args);
}

void Builder::add(const Event &e)
{
    m_now = std::max(nsOf(e.time), m_last + kStepNs);
    m_last = m_now;
    switch (e.kind) {
    case EventKind::TaskCreated: {
        Track &t = track(e.task);
        t.name = m_trace.string(static_cast<uint32_t>(e.b));
        t.coro = m_trace.string(static_cast<uint32_t>(e.b >> 32));
        if (e.a > 0)
            t.parent = e.a - 1;
        break;
    }
    case EventKind::TaskRenamed: track(e.task).name = m_trace.string(static_cast<uint32_t>(e.b)); break;
    case EventKind::TaskReady: {
        const std::optional<Point> waker = e.a > 0 ? anchor(e.a - 1) : std::nullopt;
        begin(e.task, "ready", Args().num("seq", static_cast<int64_t>(e.seq)), "thread_state_runnable");
        if (e.a > 0)
            flow("wake-up", waker, anchor(e.task));
        break;
    }
    case EventKind::TaskRunning:
        begin(e.task, "running", Args().num("seq", static_cast<int64_t>(e.seq)), "thread_state_running");
        break;
    case EventKind::TaskWaiting: waiting(e); break;
    case EventKind::TaskDone: done(e); break;
    case EventKind::CancelRequested: {
        Args args;
        args.raw("by", taskName(e.a));
        args.raw("message", e.b == kNoString ? "null" : quoted(m_trace.string(static_cast<uint32_t>(e.b))));
        instant(e.task, "cancel requested", args);
        if (e.a > 0)
            flow("cancel", anchor(e.a - 1), anchor(e.task));
        break;
    }
    case EventKind::CancelDelivered: instant(e.task, "CancelledError raised", {}); break;
    case EventKind::ResourceCreated:
    {
        // Counter tracks are named by the resource ("Lock-516"), with its kind in front
        // where the name does not already say it ("worker ThreadPoolExecutor-0_0").
        const auto kind = static_cast<ResourceKind>(e.detail);
        const std::string &name = m_trace.string(static_cast<uint32_t>(e.b));
        const std::string_view key = resourceKindKey(kind);
        const bool saysKind = name.size() >= key.size() &&
                              std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
                                  return a == (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
                              });
        m_resources[e.a] = {kind, saysKind ? name : std::string(key) + " " + name, {}};
        break;
    }
    case EventKind::ResourceChanged: resourceChanged(e); break;
    case EventKind::LoopBlocked: {
        const int64_t end = std::max(nsOf(std::bit_cast<double>(e.b)), m_now);
        emit(m_now, "loop blocked", "loop", 'X', kLoopTid, ",\"dur\":" + micros(end - m_now),
             Args().raw("by", taskName(e.task)));
        break;
    }
    case EventKind::Output: {
        const Args args = Args().str("text", m_trace.string(static_cast<uint32_t>(e.b)));
        emit(m_now, "print", "output", 'i', e.task > 0 ? tidOf(e.task - 1) : kLoopTid, ",\"s\":\"t\"", args);
        break;
    }
    case EventKind::Deadlock: emit(m_now, "deadlock", "loop", 'i', kLoopTid, ",\"s\":\"g\"", {}); break;
    }
}

void Builder::finish()
{
    const int64_t end = m_last + kStepNs;
    for (auto &[task, t] : m_tasks)
        close(t, task, end);
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const Record &a, const Record &b) { return a.ts < b.ts; });
}

std::string metadata(std::string_view what, int64_t tid, const Args &args)
{
    return "{\"name\":" + quoted(what) + ",\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(tid) + ",\"args\":{" +
           args.text() + "}}";
}

void Builder::write(std::ostream &out, const ChromeTraceOptions &options)
{
    std::vector<std::string> lines;
    lines.push_back(metadata("process_name", kLoopTid, Args().str("name", options.processName)));
    lines.push_back(metadata("thread_name", kLoopTid, Args().str("name", "event loop")));
    lines.push_back(metadata("thread_sort_index", kLoopTid, Args().num("sort_index", 0)));
    // Tasks in display order: each right after the task that created it.
    std::map<int64_t, std::vector<uint32_t>> children;
    for (uint32_t task : m_created) {
        const int64_t parent = m_tasks.at(task).parent;
        children[parent >= 0 && m_tasks.count(static_cast<uint32_t>(parent)) ? parent : -1].push_back(task);
    }
    std::vector<uint32_t> stack(children[-1].rbegin(), children[-1].rend());
    int64_t sortIndex = 1;
    while (!stack.empty()) {
        const uint32_t task = stack.back();
        stack.pop_back();
        const Track &t = m_tasks.at(task);
        const std::string name = t.coro.empty() ? t.name : t.name + " " + t.coro + "()";
        lines.push_back(metadata("thread_name", tidOf(task), Args().str("name", name)));
        lines.push_back(metadata("thread_sort_index", tidOf(task), Args().num("sort_index", sortIndex++)));
        const auto &kids = children[task];
        stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
    for (Record &r : m_records)
        lines.push_back(std::move(r.json));
    out << "{\"traceEvents\":[\n";
    for (size_t i = 0; i < lines.size(); ++i)
        out << lines[i] << (i + 1 < lines.size() ? ",\n" : "\n");
    out << "],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":{\"generator\":\"awaitscope\",\"clock\":"
           "\"virtual time; events at one instant are 2 ns apart, in the order they happened\"}}\n";
}

} // namespace

void writeChromeTrace(const Trace &trace, std::ostream &out, const ChromeTraceOptions &options)
{
    Builder builder(trace);
    trace.forEach(0, trace.size(), [&](const Event &e) { builder.add(e); });
    builder.finish();
    builder.write(out, options);
}

} // namespace aw::trace
