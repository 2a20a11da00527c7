#pragma once
// A scenario run a viewer watches as it happens. The engine runs on its own thread and
// parks whenever its trace reaches the size the viewer allowed, so a program that never
// ends (a producer in `while True`) still plays: the engine stays a batch ahead of the
// playhead until its event budget. While the engine is parked the viewer copies the new
// events into a trace of its own; it never reads the engine's trace otherwise.

#include "interpreter.h"

#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

class QThread;

namespace aw::interp {

class LiveRun : public QObject {
    Q_OBJECT
public:
    struct Options {
        Limits limits;
        uint64_t eventBudget = 5'000'000; // the run stops, with a message, at this many events
    };

    LiveRun(std::string source, std::string filename, Options options, QObject *parent = nullptr);
    // Stops the run and waits for its thread.
    ~LiveRun() override;

    // Starts the engine; it parks as soon as its trace holds `events` events.
    void start(uint64_t events);
    // Lets a parked engine go on until its trace holds `events` events.
    void allow(uint64_t events);
    // Copies what the engine recorded since the last call into `view`: only while the
    // engine is parked (after parked() and before the next allow()); false otherwise.
    bool catchUp(trace::Trace &view) const;
    bool finished() const;
    // What the program printed, its errors and exit code; complete once finished.
    RunResult result() const;

Q_SIGNALS:
    // The engine stopped with `events` events recorded: at the allowed size, or for good
    // when `finished`. Emitted in this object's thread.
    void parked(quint64 events, bool finished);

private:
    void runOnThread();
    void arm();
    void park();

    const std::string m_source;
    const std::string m_filename;
    const Options m_options;
    trace::Trace m_trace; // written by the engine thread only, read only while it is parked
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    uint64_t m_allowed = 0;
    bool m_parked = false;
    bool m_finished = false;
    bool m_stop = false;
    Interpreter *m_interp = nullptr;
    RunResult m_result;
    std::unique_ptr<QThread> m_thread;
};

} // namespace aw::interp
