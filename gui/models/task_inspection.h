#pragma once
// Everything the inspector shows about one task at one playhead, gathered from the index:
// its history, what it awaits, who awaits it, where it came from, how it was cancelled.

#include "trace_index.h"

#include <QString>

#include <optional>
#include <vector>

namespace awaitscope::models {

struct TaskHistoryEntry {
    uint64_t seq = 0;
    double time = 0.0;
    uint32_t line = 0;   // 0: no Python line (a timer firing, a task about to resume)
    QString description; // "created by Task-1", "waiting for lock 'a'", "printed: hello"
};

struct TaskCancellation {
    uint64_t requestSeq = 0;
    double requestTime = 0.0;
    uint32_t requestLine = 0;  // where cancel() was called, 0 if not from Python code
    int64_t requester = -1;    // the task that called cancel(), -1 for none (a timer, the loop, asyncio.run)
    QString requesterName;     // empty for none
    std::optional<QString> message; // cancel(msg), as repr; none for cancel()
    uint64_t deliveredSeq = kNoSeq; // CancelledError thrown into the task, kNoSeq if not (yet)
    uint32_t deliveredLine = 0;     // the await it was thrown into
    // The task went on after the CancelledError was delivered and finished with a result or
    // another exception: it caught the error and did not re-raise it.
    bool swallowed = false;
};

struct TaskInspection {
    bool valid = false; // false: no such task in the trace
    uint32_t taskId = 0;
    QString name;
    QString coroutine;
    TaskStatus status;
    QString stateText; // as the task tree says it, with the details that change

    uint64_t createdSeq = 0;
    double createdTime = 0.0;
    uint32_t createdLine = 0;
    int64_t parent = -1; // the creating task, -1 for none
    QString parentName;

    std::vector<TaskHistoryEntry> history; // its events before the playhead

    // What it awaits now (status.wait Nothing when it does not wait).
    QString waitTarget;        // "lock 'a' held by Task-2", "Task-3", "a timer (2.000 s)"
    int64_t waitTask = -1;     // the task it waits for: the awaited task, or the holder of the awaited lock
    int64_t waitResource = -1; // the resource id for primitive waits
    QString waitResourceName;
    uint32_t waitLine = 0;     // the await where it suspended

    std::vector<uint32_t> awaitedBy; // tasks waiting on it now (directly or through wait_for)

    std::vector<TaskCancellation> cancellations; // before the playhead, in order
    QString outcome;                             // its result repr or "Type: message" once done
};

// The task `taskId` after events [0, playhead); kNoSeq means the end of what is indexed.
TaskInspection inspectTask(const TraceIndex &index, uint32_t taskId, uint64_t playhead);

} // namespace awaitscope::models
