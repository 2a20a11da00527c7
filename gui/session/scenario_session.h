#pragma once
// One scenario being watched: its live run and the trace the views read.
//
// The engine runs on its own thread (aw::interp::LiveRun) and stays one batch of events
// ahead of what the views need; whenever it parks, the new events are copied into the
// views' trace and traceGrew() tells them. A rerun starts a fresh trace object, so a view
// still holding the previous one never sees it change under it.

#include "interp/live_run.h"

#include <QObject>
#include <QString>

#include <memory>

namespace awaitscope {

class ScenarioSession : public QObject {
    Q_OBJECT
public:
    explicit ScenarioSession(QObject *parent = nullptr);
    ~ScenarioSession() override;

    // Events the engine runs ahead of the views, and the most a run may record.
    void setBatchSize(uint64_t events) { m_batch = std::max<uint64_t>(events, 1); }
    void setEventBudget(uint64_t events) { m_budget = events; }
    uint64_t eventBudget() const noexcept { return m_budget; }
    // The engine's limits for the runs that start from now on (steps, memory, tasks...).
    void setLimits(const aw::interp::Limits &limits) { m_limits = limits; }

    // Starts `source` (shown as `fileName` in tracebacks), stopping any run in progress.
    void run(const QString &source, const QString &fileName);
    // Shows a trace recorded earlier (a saved .jsonl) as a finished run, without running.
    void show(std::shared_ptr<aw::trace::Trace> recorded);
    // Makes sure the views will get at least `events` events, unless the run ends first.
    void need(uint64_t events);

    std::shared_ptr<const aw::trace::Trace> trace() const { return m_trace; }
    bool running() const noexcept { return m_run && !m_finished; }
    bool isFinished() const noexcept { return m_finished; }
    // What the program printed to stderr and its exit code; complete once finished.
    const aw::interp::RunResult &result() const noexcept { return m_result; }
    QString fileName() const { return m_fileName; }

Q_SIGNALS:
    // A new run began with an empty trace.
    void started();
    void traceGrew(quint64 events);
    // The run ended (normally, with an error, or at its budget): no more events will come.
    void finished();

private:
    void onParked(quint64 events, bool done);

    std::unique_ptr<aw::interp::LiveRun> m_run;
    std::shared_ptr<aw::trace::Trace> m_trace;
    aw::interp::RunResult m_result;
    QString m_fileName;
    aw::interp::Limits m_limits;
    uint64_t m_batch = 20'000;
    uint64_t m_budget = 5'000'000;
    uint64_t m_allowed = 0;
    uint64_t m_needed = 0;
    bool m_finished = false;
};

} // namespace awaitscope
