#include "diagnostics_model.h"
#include "trace_fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace awaitscope::models;

namespace {

const char *const kTwoLocks = R"(import asyncio
async def worker(first, second, name):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            print(name, "got both")
async def main():
    a = asyncio.Lock()
    b = asyncio.Lock()
    await asyncio.gather(worker(a, b, "left"), worker(b, a, "right"))
asyncio.run(main())
)";

const char *const kLockKept = R"(import asyncio
async def grab(lock):
    await lock.acquire()
    return "forgot to release"
async def main():
    lock = asyncio.Lock()
    await asyncio.create_task(grab(lock))
    print(lock.locked())
asyncio.run(main())
)";

const char *const kBlocking = R"(import asyncio, time
async def busy():
    time.sleep(0.5)
    await asyncio.sleep(0)
asyncio.run(busy())
)";

const char *const kLeftPending = R"(import asyncio
async def forever():
    await asyncio.Event().wait()
loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(1))
)";

struct Finished {
    aw::interp::ScenarioResult run;
    std::unique_ptr<DiagnosticsModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

Finished finished(aw::interp::ScenarioResult run, const QString &file)
{
    Finished f{std::move(run), nullptr, nullptr};
    f.model = std::make_unique<DiagnosticsModel>(f.run.trace);
    f.tester = std::make_unique<QAbstractItemModelTester>(f.model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.model->finishRun(QString::fromStdString(f.run.run.err), file);
    return f;
}

QStringList messages(const DiagnosticsModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, DiagnosticsModel::MessageColumn).data().toString();
    return out;
}

QStringList notes(const DiagnosticsModel &m, int row)
{
    QStringList out;
    const QModelIndex parent = m.index(row, 0);
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, DiagnosticsModel::MessageColumn, parent).data().toString();
    return out;
}

uint64_t seqOf(const QModelIndex &i)
{
    return i.data(DiagnosticsModel::SeqRole).value<quint64>();
}

} // namespace

class TestDiagnosticsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deadlockNamesTheWaitersAndTheCycle()
    {
        const auto f = finished(test::runSource(kTwoLocks), QStringLiteral("scenario.py"));
        const DiagnosticsModel &m = *f.model;
        // The stderr report is left out: the Deadlock event says the same, with moments.
        QCOMPARE(messages(m), QStringList{QStringLiteral(
                                  "deadlock: 3 task(s) wait and nothing can wake them; cycle: Task-2 → Task-3 → Task-2")});
        const QModelIndex d = m.index(0, 0);
        QCOMPARE(d.data(DiagnosticsModel::KindRole).toInt(), int(DiagnosticKind::Deadlock));
        QCOMPARE(d.data().toString(), QStringLiteral("error"));
        QCOMPARE(seqOf(d), f.run.trace->size() - 1);
        QCOMPARE(d.data(DiagnosticsModel::LineRole).toUInt(), 5u);
        QCOMPARE(m.index(0, DiagnosticsModel::TimeColumn).data().toString(), QStringLiteral("0.100 s"));
        const QStringList n = notes(m, 0);
        QCOMPARE(n.size(), 3);
        QCOMPARE(n[0], QStringLiteral("Task-1 (main): awaiting gather #3"));
        QVERIFY2(n[1].startsWith(QStringLiteral("Task-2 (worker): waiting for lock 'Lock-")), qPrintable(n[1]));
        QVERIFY(n[1].endsWith(QStringLiteral("' held by Task-3")));
        const QModelIndex note = m.index(1, DiagnosticsModel::LineColumn, d);
        QCOMPARE(note.data().toUInt(), 5u);
        QCOMPARE(f.run.trace->kindOf(seqOf(note)), aw::trace::EventKind::TaskWaiting);
        QCOMPARE(m.rowCount(note), 0);
    }

    void lockHeldWhenItsHolderFinished()
    {
        const auto f = finished(test::runSource(kLockKept), QStringLiteral("scenario.py"));
        QCOMPARE(f.run.run.out, std::string("True\n"));
        QCOMPARE(f.model->diagnostics().size(), size_t(1));
        const Diagnostic &d = f.model->diagnostics()[0];
        QCOMPARE(d.kind, DiagnosticKind::LockHeldAtTaskEnd);
        QCOMPARE(d.severity, Severity::Warning);
        QVERIFY2(d.message.startsWith(QStringLiteral("Task-2 finished while holding lock 'Lock-")), qPrintable(d.message));
        QCOMPARE(d.line, 3u);
        QCOMPARE(d.task, 1);
        QCOMPARE(f.run.trace->kindOf(d.seq), aw::trace::EventKind::TaskDone);
        QCOMPARE(d.notes.size(), size_t(2));
        QCOMPARE(f.run.trace->kindOf(d.notes[0].seq), aw::trace::EventKind::ResourceChanged);
        QCOMPARE(d.notes[1].line, 4u);
    }

    void exceptionNeverRetrievedFromStderr()
    {
        const auto f = finished(test::runScenarioFile(QStringLiteral("api_pending_at_exit.py")),
                                QStringLiteral("api_pending_at_exit.py"));
        QCOMPARE(messages(*f.model),
                 QStringList{QStringLiteral("exception of failing was never retrieved: RuntimeError: nobody is listening")});
        const Diagnostic &d = f.model->diagnostics()[0];
        QCOMPARE(d.kind, DiagnosticKind::ExceptionNeverRetrieved);
        QCOMPARE(d.line, 43u);
        QCOMPARE(f.run.trace->kindOf(d.seq), aw::trace::EventKind::TaskDone);
        QCOMPARE(f.run.trace->taskOf(d.seq), uint32_t(d.task));
        QVERIFY(d.details.contains(QStringLiteral("Traceback")));
        QCOMPARE(f.model->index(0, 0).data(Qt::ToolTipRole).toString(), d.details);
    }

    void exceptionNeverRetrievedByTheHeuristic()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_pending_at_exit.py"));
        DiagnosticsModel model(run.trace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.finishRun();
        QCOMPARE(messages(model), QStringList{QStringLiteral(
                                      "failing failed with RuntimeError: nobody is listening and nothing seems to have "
                                      "retrieved the exception")});
        QCOMPARE(model.diagnostics()[0].line, 43u);
    }

    void exceptionsCollectedByAGroupAreRetrieved()
    {
        for (const char *file : {"api_taskgroup_except_star.py", "api_gather_exceptions_cancel.py", "api_uncaught_exception.py"}) {
            const auto run = test::runScenarioFile(QString::fromLatin1(file));
            DiagnosticsModel model(run.trace);
            model.finishRun();
            QVERIFY2(model.rowCount() == 0, qPrintable(QString::fromLatin1(file) + messages(model).join(u'|')));
        }
    }

    void swallowedCancellation()
    {
        const auto f = finished(test::runScenarioFile(QStringLiteral("api_cancel_message.py")),
                                QStringLiteral("api_cancel_message.py"));
        QCOMPARE(messages(*f.model), QStringList{QStringLiteral(
                                         "stubborn swallowed its cancellation: it caught CancelledError and returned")});
        const Diagnostic &d = f.model->diagnostics()[0];
        QCOMPARE(d.line, 28u);
        QCOMPARE(d.notes.size(), size_t(2));
        QCOMPARE(d.notes[0].text, QStringLiteral("cancellation requested by Task-1"));
        QCOMPARE(d.notes[0].line, 35u);
        QCOMPARE(f.run.trace->kindOf(d.notes[1].seq), aw::trace::EventKind::CancelDelivered);
    }

    void timeoutsAndShutdownCancellationsAreNotSwallowing()
    {
        for (const char *file : {"api_timeout_context.py", "api_wait_for_timeouts.py", "api_shield_outer_cancel.py",
                                 "api_pending_at_exit.py", "api_taskgroup_except_star.py"}) {
            const auto run = test::runScenarioFile(QString::fromLatin1(file));
            DiagnosticsModel model(run.trace);
            model.finishRun(QString::fromStdString(run.run.err), QString::fromLatin1(file));
            for (const Diagnostic &d : model.diagnostics())
                QVERIFY2(d.kind != DiagnosticKind::CancellationSwallowed, qPrintable(QString::fromLatin1(file) + d.message));
        }
    }

    void blockingCallOnTheLoop()
    {
        const auto f = finished(test::runSource(kBlocking), QStringLiteral("scenario.py"));
        QCOMPARE(messages(*f.model),
                 QStringList{QStringLiteral("Task-1 blocked the event loop for 0.500 s (time.sleep or other blocking call in a coroutine)")});
        QCOMPARE(f.model->diagnostics()[0].line, 3u);
        QCOMPARE(f.model->diagnostics()[0].task, 0);
        QCOMPARE(f.model->index(0, DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("warning"));
    }

    void taskLeftPending()
    {
        const auto f = finished(test::runSource(kLeftPending), QStringLiteral("scenario.py"));
        QCOMPARE(f.model->rowCount(), 1);
        const Diagnostic &d = f.model->diagnostics()[0];
        QCOMPARE(d.kind, DiagnosticKind::PendingAtEnd);
        QVERIFY2(d.message.startsWith(QStringLiteral("Task-1 never finished: waiting for event 'Event-")), qPrintable(d.message));
        QCOMPARE(d.line, 3u);
    }

    void stderrOnlyProblems()
    {
        const auto f = finished(test::runSource(R"(import asyncio
async def f():
    pass
async def main():
    f()
    await asyncio.sleep(0)
    1 / 0
asyncio.run(main())
)"),
                                QStringLiteral("scenario.py"));
        QCOMPARE(messages(*f.model), (QStringList{QStringLiteral("coroutine 'f' was never awaited"),
                                                  QStringLiteral("the program ended with an uncaught exception: "
                                                                 "ZeroDivisionError: division by zero")}));
        QCOMPARE(f.model->diagnostics()[0].line, 5u);
        QCOMPARE(f.model->diagnostics()[0].seq, kNoSeq);
        QCOMPARE(f.model->index(0, DiagnosticsModel::TimeColumn).data(), QVariant());
        QCOMPARE(f.model->diagnostics()[1].line, 7u);
        QCOMPARE(f.model->diagnostics()[1].severity, Severity::Error);
    }

    void cleanRunsHaveNothing()
    {
        for (const char *file : {"default.py", "api_producer_consumer.py", "api_lock_event.py", "api_chinese_output.py"}) {
            const auto f = finished(test::runScenarioFile(QString::fromLatin1(file)), QString::fromLatin1(file));
            QVERIFY2(f.model->rowCount() == 0, qPrintable(QString::fromLatin1(file) + messages(*f.model).join(u'|')));
        }
    }

    void liveTraceGrowsInChunks()
    {
        for (const char *source : {kTwoLocks, kLockKept, kBlocking}) {
            const auto run = test::runSource(source);
            DiagnosticsModel full(run.trace);
            full.finishRun(QString::fromStdString(run.run.err), QStringLiteral("scenario.py"));
            const uint64_t total = run.trace->size();
            auto live = test::copyPrefix(*run.trace, 0);
            DiagnosticsModel model(live);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
            for (uint64_t at = 0; at < total; at += 3) {
                test::copyEvents(*run.trace, *live, at, std::min(total, at + 3));
                model.traceGrew();
            }
            model.finishRun(QString::fromStdString(run.run.err), QStringLiteral("scenario.py"));
            QCOMPARE(model.diagnostics(), full.diagnostics());
            QCOMPARE(inserted.count(), 1);
            QCOMPARE(removed.count(), 0);
        }
    }

    void nullTraceIsEmpty()
    {
        DiagnosticsModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.traceGrew();
        model.finishRun();
        QCOMPARE(model.rowCount(), 0);
        model.finishRun(QStringLiteral("Task exception was never retrieved\nfuture: <Task finished name='x'>\nValueError\n"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.diagnostics()[0].seq, kNoSeq);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsModel)
#include "tst_diagnostics_model.moc"
