#include "diagnostics_finder.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace awaitscope::models {

using aw::aio::ResourceKind;
using aw::aio::WaitKind;
using aw::trace::Event;
using aw::trace::EventKind;
using aw::trace::Outcome;

namespace {

uint32_t lineOrCreation(const TraceIndex &index, const TaskRecord &t, uint64_t seq)
{
    const uint32_t line = seq < index.size() ? index.trace()->lineOf(seq) : 0;
    return line ? line : t.createdLine;
}

} // namespace

std::vector<Diagnostic> DiagnosticsFinder::scan()
{
    std::vector<Diagnostic> out;
    const aw::trace::Trace *trace = m_index.trace();
    if (!trace)
        return out;
    const uint64_t end = m_index.size();
    trace->forEach(m_scanned, end, [&](const Event &e) {
        switch (e.kind) {
        case EventKind::TaskCreated:
            if (e.a == 0)
                m_liveRoots.insert(e.task);
            break;
        case EventKind::ResourceChanged: lockChanged(e); break;
        case EventKind::CancelRequested:
            // Cancelled by no task while no top-level task is alive: asyncio.run cancelling
            // what the main coroutine left behind. By no task otherwise: a timeout() or a
            // TaskGroup at work, which catch the CancelledError themselves by design.
            if (e.a > 0 || m_liveRoots.empty())
                m_requests[e.task].push_back(e.seq);
            else
                m_requests[e.task].push_back(kNoSeq);
            break;
        case EventKind::CancelDelivered: {
            auto it = m_requests.find(e.task);
            if (it == m_requests.end() || it->second.empty())
                break;
            const auto reported = std::find_if(it->second.begin(), it->second.end(), [](uint64_t s) { return s != kNoSeq; });
            m_delivered[e.task] = {reported == it->second.end() ? kNoSeq : *reported, e.seq, reported != it->second.end()};
            it->second.clear();
            break;
        }
        case EventKind::TaskDone: taskDone(e, out); break;
        case EventKind::LoopBlocked: {
            Diagnostic d;
            d.kind = DiagnosticKind::LoopBlocked;
            d.severity = Severity::Warning;
            d.seq = e.seq;
            d.line = e.line;
            d.task = int64_t(e.task) - 1;
            const double seconds = std::bit_cast<double>(e.b) - e.time;
            const QString who = d.task >= 0 ? m_index.taskName(d.task) : QCoreApplication::translate("Diagnostics", "code outside any task");
            d.message = QCoreApplication::translate("Diagnostics", "%1 blocked the event loop for %2 (time.sleep or other blocking call in a coroutine)")
                            .arg(who, formatTime(seconds));
            out.push_back(std::move(d));
            break;
        }
        case EventKind::Deadlock: out.push_back(deadlock(e.seq)); break;
        default: break;
        }
    });
    m_scanned = end;
    return out;
}

void DiagnosticsFinder::lockChanged(const Event &e)
{
    const ResourceRecord *r = m_index.resource(e.a);
    if (!r || r->kind != ResourceKind::Lock)
        return;
    const int64_t holder = int64_t(e.task) - 1;
    const int64_t before = m_lockHolder.count(e.a) ? m_lockHolder[e.a] : -1;
    if (holder == before)
        return;
    if (before >= 0)
        std::erase_if(m_locksHeld[before], [&](const HeldLock &h) { return h.resource == e.a; });
    m_lockHolder[e.a] = holder;
    if (holder >= 0)
        m_locksHeld[holder].push_back({e.a, e.seq});
}

void DiagnosticsFinder::taskDone(const Event &e, std::vector<Diagnostic> &out)
{
    m_liveRoots.erase(e.task);
    const QString name = m_index.taskName(e.task);
    if (auto it = m_locksHeld.find(e.task); it != m_locksHeld.end()) {
        for (const HeldLock &h : it->second) {
            const ResourceRecord *r = m_index.resource(h.resource);
            Diagnostic d;
            d.kind = DiagnosticKind::LockHeldAtTaskEnd;
            d.severity = Severity::Warning;
            d.seq = e.seq;
            d.line = m_index.trace()->lineOf(h.seq);
            d.task = e.task;
            d.message = QCoreApplication::translate("Diagnostics", "%1 finished while holding lock '%2': it stays locked").arg(name, r ? r->name : QString());
            d.notes.push_back({QCoreApplication::translate("Diagnostics", "acquired here"), h.seq, m_index.trace()->lineOf(h.seq)});
            d.notes.push_back({QCoreApplication::translate("Diagnostics", "%1 finished here").arg(name), e.seq, e.line});
            out.push_back(std::move(d));
        }
    }
    const auto outcome = static_cast<Outcome>(e.detail);
    auto delivered = m_delivered.find(e.task);
    if (outcome == Outcome::Cancelled || delivered == m_delivered.end() || !delivered->second.reported)
        return;
    const Event request = m_index.trace()->event(delivered->second.request);
    Diagnostic d;
    d.kind = DiagnosticKind::CancellationSwallowed;
    d.severity = Severity::Warning;
    d.seq = e.seq;
    d.line = e.line;
    d.task = e.task;
    d.message = outcome == Outcome::Result
                    ? QCoreApplication::translate("Diagnostics", "%1 swallowed its cancellation: it caught CancelledError and returned").arg(name)
                    : QCoreApplication::translate("Diagnostics", "%1 caught its cancellation and raised %2 instead")
                          .arg(name, m_index.text(e.b));
    const QString by = request.a > 0 ? m_index.taskName(int64_t(request.a) - 1) : QCoreApplication::translate("Diagnostics", "asyncio.run at exit");
    d.notes.push_back({QCoreApplication::translate("Diagnostics", "cancellation requested by %1").arg(by), request.seq, request.line});
    d.notes.push_back({QCoreApplication::translate("Diagnostics", "CancelledError delivered"), delivered->second.delivered,
                       m_index.trace()->lineOf(delivered->second.delivered)});
    out.push_back(std::move(d));
}

// Each blocked task waits for at most one other (the awaited task or the awaited lock's
// holder), so following those edges from each task finds every cycle.
Diagnostic DiagnosticsFinder::deadlock(uint64_t seq) const
{
    Diagnostic d;
    d.kind = DiagnosticKind::Deadlock;
    d.severity = Severity::Error;
    d.seq = seq;
    std::unordered_map<int64_t, int64_t> next;
    std::vector<int64_t> blocked;
    for (const TaskRecord &t : m_index.tasks()) {
        if (t.createdSeq >= seq)
            break;
        const TaskStatus s = m_index.statusAt(t, seq);
        if (s.finished())
            continue;
        blocked.push_back(t.id);
        const uint32_t line = lineOrCreation(m_index, t, s.seq);
        d.notes.push_back({QCoreApplication::translate("Diagnostics", "%1 (%2): %3").arg(t.name, t.coroutine, m_index.describeStatus(s, seq)), s.seq, line});
        int64_t to = m_index.awaitedTask(s);
        if (s.phase == TaskPhase::Waiting && s.wait == WaitKind::Lock)
            if (const ResourceRecord *r = m_index.resource(s.target))
                to = m_index.resourceAt(*r, seq).holder;
        next[t.id] = to;
    }
    QStringList cycle;
    std::unordered_map<int64_t, int64_t> visitedFrom;
    for (int64_t start : blocked) {
        if (!cycle.isEmpty())
            break;
        std::vector<int64_t> path;
        int64_t cur = start;
        while (next.count(cur) && !visitedFrom.count(cur)) {
            visitedFrom[cur] = start;
            path.push_back(cur);
            cur = next[cur];
        }
        if (!next.count(cur) || visitedFrom[cur] != start)
            continue;
        auto from = std::find(path.begin(), path.end(), cur);
        for (auto it = from; it != path.end(); ++it)
            cycle << m_index.taskName(*it);
        cycle << m_index.taskName(cur);
        if (const TaskRecord *t = m_index.task(cur))
            d.line = lineOrCreation(m_index, *t, m_index.statusAt(*t, seq).seq);
    }
    if (d.line == 0 && !d.notes.empty())
        d.line = d.notes.front().line;
    const int n = static_cast<int>(blocked.size());
    d.message = cycle.isEmpty()
                    ? QCoreApplication::translate("Diagnostics", "deadlock: %n task(s) wait and nothing can wake them", nullptr, n)
                    : QCoreApplication::translate("Diagnostics", "deadlock: %n task(s) wait and nothing can wake them; cycle: %1", nullptr, n).arg(cycle.join(QStringLiteral(" → ")));
    return d;
}

std::vector<Diagnostic> DiagnosticsFinder::pendingAtEnd() const
{
    std::vector<Diagnostic> out;
    const uint64_t end = m_index.size();
    const uint64_t lastDeadlock = m_index.deadlocks().empty() ? kNoSeq : m_index.deadlocks().back();
    for (const TaskRecord &t : m_index.tasks()) {
        if (t.doneSeq != kNoSeq)
            continue;
        // The deadlock already names every task blocked by it.
        if (lastDeadlock != kNoSeq && t.createdSeq < lastDeadlock)
            continue;
        const TaskStatus s = m_index.statusAt(t, end);
        Diagnostic d;
        d.kind = DiagnosticKind::PendingAtEnd;
        d.severity = Severity::Warning;
        d.seq = s.seq;
        d.line = lineOrCreation(m_index, t, s.seq);
        d.task = t.id;
        d.message = QCoreApplication::translate("Diagnostics", "%1 never finished: %2 when the run ended").arg(t.name, m_index.describeStatus(s, end));
        out.push_back(std::move(d));
    }
    return out;
}

// The trace does not record who looks at a task's exception, so this is a heuristic: a
// failed task counts as retrieved when some task awaited it (directly, or through
// wait_for), when the task that created it was waiting on a gather()/wait()/TaskGroup
// at the moment it failed (they collect their members' exceptions; the trace does not
// say which tasks an aggregate holds), or when its creator later failed with the same
// exception (`await task` on a task already failed propagates without suspending). A task
// no task created is the one asyncio.run or run_until_complete runs, and they raise its
// exception. It
// misses exceptions read by task.exception() or a done callback, and cannot see an
// aggregate that leaves one out: CPython's own report on stderr is exact, see
// endOfRun(messages).
std::vector<Diagnostic> DiagnosticsFinder::heuristicNeverRetrieved() const
{
    std::vector<Diagnostic> out;
    if (!m_index.trace())
        return out;
    const aw::trace::Trace &trace = *m_index.trace();
    for (const TaskRecord &t : m_index.tasks()) {
        if (t.doneSeq == kNoSeq || static_cast<Outcome>(trace.event(t.doneSeq).detail) != Outcome::Exception)
            continue;
        if (!t.awaitedAt.empty() || t.parent < 0)
            continue;
        const uint64_t description = trace.event(t.doneSeq).b;
        if (const TaskRecord *creator = m_index.task(t.parent)) {
            const TaskStatus s = m_index.statusAt(*creator, t.doneSeq);
            if (s.phase == TaskPhase::Waiting && (s.wait == WaitKind::Gather || s.wait == WaitKind::Wait))
                continue;
            if (creator->doneSeq != kNoSeq && creator->doneSeq > t.doneSeq && trace.event(creator->doneSeq).b == description
                && static_cast<Outcome>(trace.event(creator->doneSeq).detail) == Outcome::Exception)
                continue;
        }
        Diagnostic d;
        d.kind = DiagnosticKind::ExceptionNeverRetrieved;
        d.severity = Severity::Warning;
        d.seq = t.doneSeq;
        d.line = lineOrCreation(m_index, t, t.doneSeq);
        d.task = t.id;
        d.message = QCoreApplication::translate("Diagnostics", "%1 failed with %2 and nothing seems to have retrieved the exception")
                        .arg(t.name, m_index.text(description));
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Diagnostic> DiagnosticsFinder::endOfRun() const
{
    std::vector<Diagnostic> out = pendingAtEnd();
    std::vector<Diagnostic> unretrieved = heuristicNeverRetrieved();
    out.insert(out.end(), unretrieved.begin(), unretrieved.end());
    return out;
}

std::vector<Diagnostic> DiagnosticsFinder::endOfRun(const std::vector<RunMessage> &messages) const
{
    std::vector<Diagnostic> out = pendingAtEnd();
    for (const RunMessage &m : messages) {
        // The Deadlock event says more than the report.
        if (m.kind == RunMessage::Kind::Deadlock && !m_index.deadlocks().empty())
            continue;
        out.push_back(fromMessage(m));
    }
    return out;
}

// The failed task CPython reports: by name, else (the trace keeps the name a task had when
// created, and create_task(name=...) renames it afterwards) by coroutine and exception.
// The last match wins: CPython reports when the loop closes.
const TaskRecord *DiagnosticsFinder::failedTask(const RunMessage &m) const
{
    const aw::trace::Trace &trace = *m_index.trace();
    const TaskRecord *byCoroutine = nullptr;
    const auto &tasks = m_index.tasks();
    for (auto it = tasks.rbegin(); it != tasks.rend(); ++it) {
        if (it->doneSeq == kNoSeq || static_cast<Outcome>(trace.event(it->doneSeq).detail) != Outcome::Exception)
            continue;
        if (it->name == m.subject)
            return &*it;
        if (!byCoroutine && it->coroutine == m.coroutine
            && m_index.text(trace.event(it->doneSeq).b) == m.exception)
            byCoroutine = &*it;
    }
    return byCoroutine;
}

Diagnostic DiagnosticsFinder::fromMessage(const RunMessage &m) const
{
    Diagnostic d;
    d.details = m.text;
    d.line = m.line;
    d.severity = Severity::Error;
    switch (m.kind) {
    case RunMessage::Kind::NeverAwaited:
        d.kind = DiagnosticKind::CoroutineNeverAwaited;
        d.severity = Severity::Warning;
        d.message = QCoreApplication::translate("Diagnostics", "coroutine '%1' was never awaited").arg(m.subject);
        break;
    case RunMessage::Kind::ExceptionNeverRetrieved:
        d.kind = DiagnosticKind::ExceptionNeverRetrieved;
        d.message = QCoreApplication::translate("Diagnostics", "exception of %1 was never retrieved: %2").arg(m.subject, m.exception);
        if (const TaskRecord *t = m_index.trace() ? failedTask(m) : nullptr) {
            d.seq = t->doneSeq;
            d.task = t->id;
            if (d.line == 0)
                d.line = lineOrCreation(m_index, *t, t->doneSeq);
        }
        break;
    case RunMessage::Kind::CallbackException:
        d.kind = DiagnosticKind::CallbackException;
        d.message = QCoreApplication::translate("Diagnostics", "exception in callback %1: %2").arg(m.subject, m.exception);
        break;
    case RunMessage::Kind::UncaughtException:
        d.kind = DiagnosticKind::UncaughtException;
        d.message = QCoreApplication::translate("Diagnostics", "the program ended with an uncaught exception: %1").arg(m.exception);
        break;
    case RunMessage::Kind::Deadlock:
        d.kind = DiagnosticKind::Deadlock;
        d.message = m.subject;
        break;
    case RunMessage::Kind::Stopped:
        d.kind = DiagnosticKind::RunStopped;
        d.message = QCoreApplication::translate("Diagnostics", "the run was stopped: %1").arg(m.subject);
        break;
    case RunMessage::Kind::Other:
        d.kind = DiagnosticKind::Message;
        d.severity = Severity::Note;
        d.message = m.subject;
        break;
    }
    return d;
}

} // namespace awaitscope::models
