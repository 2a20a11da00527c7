#pragma once
// One problem found in a run: what, how bad, and where (the moment and the line), so a
// view can move the playhead and the editor there.

#include "task_status.h"

#include <QString>

#include <vector>

namespace awaitscope::models {

enum class Severity : uint8_t { Note, Warning, Error };

enum class DiagnosticKind : uint8_t {
    Deadlock,                // the Deadlock event: who waits on what, and the cycle if any
    PendingAtEnd,            // a task not finished when the run ended
    ExceptionNeverRetrieved, // a task failed and nobody looked at its exception
    LockHeldAtTaskEnd,       // a task finished while holding a Lock
    LoopBlocked,             // time.sleep (or other blocking) on the loop's thread
    CancellationSwallowed,   // CancelledError delivered, and the task finished anyway
    CoroutineNeverAwaited,   // CPython's RuntimeWarning, from stderr
    CallbackException,       // "Exception in callback", from stderr
    UncaughtException,       // the traceback the run ended with, from stderr
    RunStopped,              // a limit of the run was hit, from stderr
    Message,                 // anything else the run wrote on stderr
};

struct DiagnosticNote {
    QString text;
    uint64_t seq = kNoSeq;
    uint32_t line = 0;
    bool operator==(const DiagnosticNote &) const = default;
};

struct Diagnostic {
    DiagnosticKind kind = DiagnosticKind::Message;
    Severity severity = Severity::Note;
    QString message;
    uint64_t seq = kNoSeq; // the moment: the event to put the playhead on; kNoSeq if none
    uint32_t line = 0;     // the scenario line; 0 if none
    int64_t task = -1;     // the task concerned, -1 for none
    QString details;       // the full text, e.g. a traceback as printed
    std::vector<DiagnosticNote> notes; // where each part of it happened (the tasks of a deadlock...)
    bool operator==(const Diagnostic &) const = default;
};

} // namespace awaitscope::models
