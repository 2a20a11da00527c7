#pragma once
// A recorded run: every transition the engine reported, in order, stored column by column.
//
// An event is 26 bytes in the columns (kind, detail, time index, task, a, b, line) plus its
// share of the string table; times are stored once per distinct instant (most asyncio events
// happen at an instant shared with many others). The trace knows nothing of live engine
// objects, so it can be saved, loaded and replayed from any point without the engine.
//
// Meaning of the columns by kind:
//   TaskCreated      task; a = parent task + 1 (0: none); b = name string | coro string << 32
//   TaskReady        task; a = waking task + 1 (0: none)
//   TaskRunning      task
//   TaskWaiting      task; detail = WaitKind; a = target id; b = deadline (double bits) for Sleep/Timeout
//   TaskDone         task; detail = Outcome; b = description string (result repr or "Type: message")
//   CancelRequested  task; a = requesting task + 1 (0: none); b = message string (kNoString: None)
//   CancelDelivered  task
//   ResourceCreated  a = resource id; detail = ResourceKind; b = name string
//   ResourceChanged  a = resource id; task = holder + 1 (0: none); b = value (int32) << 32 | waiters
//   LoopBlocked      task = blocking task + 1 (0: none); b = end time (double bits); starts at the event's time
//   Output           task = printing task + 1 (0: none); b = text string
//   Deadlock         nothing
//   TaskRenamed      task; b = new name string
//
// Every event also carries the scenario line that caused it (0 when no Python code was
// running: a timer firing, a task about to resume): where a task was created, where it
// suspended, what printed, what woke whom.

#include "aio/observer.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aw::trace {

enum class EventKind : uint8_t {
    TaskCreated,
    TaskReady,
    TaskRunning,
    TaskWaiting,
    TaskDone,
    CancelRequested,
    CancelDelivered,
    ResourceCreated,
    ResourceChanged,
    LoopBlocked,
    Output,
    Deadlock,
    TaskRenamed,
};
std::string_view eventKindName(EventKind kind);

enum class Outcome : uint8_t { Result, Exception, Cancelled };

inline constexpr uint32_t kNoString = 0xFFFFFFFFu;

// One event, decoded from the columns.
struct Event {
    uint64_t seq;
    EventKind kind;
    uint8_t detail;
    double time;
    uint32_t task;
    uint32_t a;
    uint64_t b;
    uint32_t line;
};

class Trace {
public:
    uint64_t size() const noexcept { return m_kind.size(); }
    Event event(uint64_t seq) const;
    double timeOf(uint64_t seq) const { return m_times[m_timeIndex[seq]]; }
    EventKind kindOf(uint64_t seq) const { return static_cast<EventKind>(m_kind[seq]); }
    uint32_t taskOf(uint64_t seq) const { return m_task[seq]; }
    uint32_t lineOf(uint64_t seq) const { return m_line[seq]; }

    // Appends an event at `time` (never earlier than the last one).
    void append(EventKind kind, uint8_t detail, double time, uint32_t task, uint32_t a, uint64_t b,
                uint32_t line = 0);

    uint32_t intern(std::string_view s);
    const std::string &string(uint32_t id) const { return m_strings.at(id); }
    size_t stringCount() const noexcept { return m_strings.size(); }

    // The distinct instants, ascending, and the first event at each.
    const std::vector<double> &instants() const noexcept { return m_times; }
    size_t instantOf(uint64_t seq) const { return m_timeIndex[seq]; }
    uint64_t firstEventAt(size_t instant) const { return m_instantStart.at(instant); }

    // Calls fn(event) for events [from, to), in order: replay from any point.
    template<typename F>
    void forEach(uint64_t from, uint64_t to, F &&fn) const
    {
        for (uint64_t s = from; s < to && s < size(); ++s)
            fn(event(s));
    }

    // Calls fn (once) as soon as the trace holds `events` events: a live viewer's cue to
    // take a batch. fn may set the next mark.
    void notifyAtSize(uint64_t events, std::function<void()> fn)
    {
        m_markAt = events;
        m_mark = std::move(fn);
    }

    // Extends this trace with `longer`'s events from size() on; `longer` must be a later
    // state of the same recording (same strings in the same order up to ours).
    void catchUp(const Trace &longer);

    // Bytes held by the columns and strings (for the benchmarks' bytes-per-event figure).
    size_t memoryBytes() const;
    void reserve(size_t events);

private:
    std::vector<uint8_t> m_kind;
    std::vector<uint8_t> m_detail;
    std::vector<uint32_t> m_timeIndex;
    std::vector<uint32_t> m_task;
    std::vector<uint32_t> m_a;
    std::vector<uint64_t> m_b;
    std::vector<uint32_t> m_line;
    std::vector<double> m_times;
    std::vector<uint64_t> m_instantStart;
    std::deque<std::string> m_strings; // a deque: the index's views into it stay valid
    std::unordered_map<std::string_view, uint32_t> m_stringIds;
    uint64_t m_markAt = UINT64_MAX;
    std::function<void()> m_mark;
};

} // namespace aw::trace
