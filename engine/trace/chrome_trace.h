#pragma once
// A recorded run in the Chrome Trace Event format (the JSON object form), as Perfetto and
// chrome://tracing open it. Deterministic: the same trace always gives the same bytes.
//
// One process; its main thread is the event loop (loop blocked by time.sleep, prints from
// outside any task, a deadlock), and each task is a thread named "Task-2 worker()", sorted
// so each task follows the task that created it. On a task's thread:
//   - a complete slice (ph X, cat "state") per state span, named after the state
//     ("ready", "running", "sleeping", "waiting on lock" ...);
//   - instants (ph i) for prints (the text in args), cancellation requests and deliveries,
//     and the task's end ("done", "failed", "cancelled");
//   - flows (ph s/f, bound to the enclosing slices) for wake-ups (waker -> woken), awaits
//     of another task (awaiter -> awaited), spawns (creator -> new task) and cancellations.
// Counters (ph C) follow every lock, semaphore, event, condition, queue, barrier and
// executor worker.
//
// Timestamps are virtual time in microseconds. Most asyncio events share an instant, so
// every event gets its own timestamp: its virtual time, or 2 ns after the previous event if
// that is later. Order within an instant becomes visible in a trace viewer, and a slice
// that takes no virtual time is still a few nanoseconds wide; flow ends sit at the odd
// nanosecond between two events, strictly inside the slices they bind to.

#include "trace.h"

#include <iosfwd>
#include <string>

namespace aw::trace {

struct ChromeTraceOptions {
    std::string processName = "awaitscope";
};

void writeChromeTrace(const Trace &trace, std::ostream &out, const ChromeTraceOptions &options = {});

} // namespace aw::trace
