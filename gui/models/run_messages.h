#pragma once
// What a run wrote on stderr, cut into messages: CPython's warnings and loop reports that
// the interpreter prints but never records in the trace ("coroutine ... was never
// awaited", "Task exception was never retrieved", "Exception in callback"), the traceback
// of an uncaught exception, and Awaitscope's own reports (deadlock, a run stopped).

#include <QString>

#include <cstdint>
#include <vector>

namespace awaitscope::models {

struct RunMessage {
    enum class Kind {
        NeverAwaited,           // FILE:LINE: RuntimeWarning: coroutine 'f' was never awaited
        ExceptionNeverRetrieved, // Task exception was never retrieved + future: <Task ... name='x' ...> + traceback
        CallbackException,      // Exception in callback f(args) + handle + traceback
        UncaughtException,      // a traceback on its own: the program's end
        Deadlock,               // awaitscope: deadlock: ... (the trace has the Deadlock event too)
        Stopped,                // awaitscope: stopped: ... (a limit of the run)
        Other,                  // anything else, kept as written
    };
    Kind kind = Kind::Other;
    QString subject;   // the coroutine (NeverAwaited), task name (ExceptionNeverRetrieved), callback, or stop reason
    QString coroutine; // ExceptionNeverRetrieved: the task's coroutine ("failing" from coro=<failing() ...>)
    QString exception; // "ValueError: boom": a traceback's last line
    uint32_t line = 0; // the warning's line, or the innermost traceback frame in the scenario; 0 if none
    QString text;      // the whole message as printed
};

// `scenarioFile` is the name tracebacks use for the scenario (runScenario's filename):
// frames of other files do not give a line. Empty: any frame does.
std::vector<RunMessage> parseRunMessages(const QString &stderrText, const QString &scenarioFile = {});

} // namespace awaitscope::models
