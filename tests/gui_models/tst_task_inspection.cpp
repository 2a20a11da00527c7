#include "task_inspection.h"
#include "trace_fixtures.h"

#include <QTest>

using namespace awaitscope::models;
using aw::trace::EventKind;

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

const char *const kNested = R"(import asyncio
async def leaf():
    await asyncio.sleep(1)
    print("leaf done")
    return 42
async def middle():
    t = asyncio.create_task(leaf(), name="leaf")
    return await t
async def main():
    m = asyncio.create_task(middle(), name="middle")
    r = await asyncio.wait_for(m, 5)
asyncio.run(main())
)";

uint64_t firstEvent(const TraceIndex &index, uint32_t task, EventKind kind)
{
    for (uint64_t s : index.task(task)->stateEvents)
        if (index.trace()->kindOf(s) == kind)
            return s;
    for (uint64_t s : index.task(task)->otherEvents)
        if (index.trace()->kindOf(s) == kind)
            return s;
    return kNoSeq;
}

} // namespace

class TestTaskInspection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void whatADeadlockedTaskWaitsOn()
    {
        const auto run = test::runSource(kTwoLocks);
        const TraceIndex index(run.trace);
        const TaskInspection t = inspectTask(index, 1, kNoSeq);
        QVERIFY(t.valid);
        QCOMPARE(t.name, QStringLiteral("Task-2"));
        QCOMPARE(t.coroutine, QStringLiteral("worker"));
        QCOMPARE(t.status.phase, TaskPhase::Waiting);
        QCOMPARE(t.status.wait, aw::aio::WaitKind::Lock);
        QVERIFY2(t.stateText.startsWith(QStringLiteral("waiting for lock 'Lock-")), qPrintable(t.stateText));
        QVERIFY(t.stateText.endsWith(QStringLiteral("held by Task-3")));
        QCOMPARE(t.waitTask, 2);
        QVERIFY(t.waitResource >= 0);
        QVERIFY(t.waitResourceName.startsWith(QStringLiteral("Lock-")));
        QCOMPARE(t.waitLine, 5u);
        QCOMPARE(t.createdLine, 10u);
        QCOMPARE(t.parent, 0);
        QCOMPARE(t.parentName, QStringLiteral("Task-1"));
        QVERIFY(t.awaitedBy.empty()); // gather waits on an aggregate, not on the task
        QVERIFY(t.cancellations.empty());
        QCOMPARE(t.history.front().description, QStringLiteral("created by Task-1"));
        QCOMPARE(t.history.back().description, t.stateText);
        QCOMPARE(t.history.back().line, 5u);
        for (size_t i = 1; i < t.history.size(); ++i)
            QVERIFY(t.history[i - 1].seq < t.history[i].seq);
        QCOMPARE(inspectTask(index, 0, kNoSeq).waitTarget, QStringLiteral("gather #3"));
    }

    void whoAwaitsWhomAtThePlayhead()
    {
        const auto run = test::runSource(kNested);
        const TraceIndex index(run.trace);
        const uint64_t mainWaits = firstEvent(index, 0, EventKind::TaskWaiting);
        const uint64_t leafDone = firstEvent(index, 2, EventKind::TaskDone);
        const uint64_t p = leafDone; // everyone is waiting for leaf's end
        QVERIFY(mainWaits < p);
        QCOMPARE(inspectTask(index, 2, p).awaitedBy, std::vector<uint32_t>{1});
        const TaskInspection middle = inspectTask(index, 1, p);
        QCOMPARE(middle.awaitedBy, std::vector<uint32_t>{0}); // through wait_for
        QCOMPARE(middle.waitTask, 2);
        QCOMPARE(middle.waitTarget, QStringLiteral("leaf"));
        const TaskInspection main = inspectTask(index, 0, p);
        QCOMPARE(main.status.wait, aw::aio::WaitKind::Timeout);
        QCOMPARE(main.waitTask, 1);
        QCOMPARE(main.waitTarget, QStringLiteral("middle with a timeout at 5.000 s"));

        const TaskInspection leaf = inspectTask(index, 2, kNoSeq);
        QVERIFY(leaf.awaitedBy.empty());
        QCOMPARE(leaf.status.phase, TaskPhase::Done);
        QCOMPARE(leaf.outcome, QStringLiteral("42"));
        QCOMPARE(leaf.history.back().description, QStringLiteral("returned 42"));
        QVERIFY(std::any_of(leaf.history.begin(), leaf.history.end(), [](const TaskHistoryEntry &e) {
            return e.description == QStringLiteral("printed: leaf done") && e.line == 4;
        }));
        QCOMPARE(leaf.history.front().time, 0.0);
        QCOMPARE(leaf.history.back().time, 1.0);
        QCOMPARE(inspectTask(index, 2, 0).history.size(), size_t(0));
        QCOMPARE(inspectTask(index, 2, 0).status.phase, TaskPhase::NotCreated);
    }

    void cancellationChain()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_cancel_message.py"));
        const TraceIndex index(run.trace);
        const TaskInspection stubborn = inspectTask(index, 2, kNoSeq);
        QCOMPARE(stubborn.cancellations.size(), size_t(1));
        const TaskCancellation &c = stubborn.cancellations[0];
        QCOMPARE(c.requester, 0);
        QCOMPARE(c.requesterName, QStringLiteral("Task-1"));
        QCOMPARE(c.message, std::optional<QString>(QStringLiteral("'shutting down'")));
        QCOMPARE(c.requestLine, 35u);
        QCOMPARE(c.requestTime, 1.0);
        QCOMPARE(c.deliveredLine, 25u);
        QVERIFY(c.swallowed);
        QCOMPARE(stubborn.outcome, QStringLiteral("'cleaned up'"));

        const TaskInspection sleeper = inspectTask(index, 1, kNoSeq);
        QCOMPARE(sleeper.cancellations.size(), size_t(1));
        QCOMPARE(sleeper.cancellations[0].message, std::optional<QString>(QStringLiteral("'user pressed stop'")));
        QVERIFY(!sleeper.cancellations[0].swallowed);
        QCOMPARE(sleeper.status.phase, TaskPhase::Cancelled);

        // Between the request and the delivery.
        const TaskInspection pending = inspectTask(index, 2, c.requestSeq + 1);
        QCOMPARE(pending.cancellations.size(), size_t(1));
        QCOMPARE(pending.cancellations[0].deliveredSeq, kNoSeq);
        QVERIFY(!pending.cancellations[0].swallowed);
        QCOMPARE(pending.history.back().description,
                 QStringLiteral("cancellation requested by Task-1: 'shutting down'"));
    }

    void unknownTask()
    {
        const auto run = test::runSource(kNested);
        const TraceIndex index(run.trace);
        QVERIFY(!inspectTask(index, 77, kNoSeq).valid);
        QVERIFY(!inspectTask(TraceIndex(nullptr), 0, kNoSeq).valid);
    }
};

QTEST_GUILESS_MAIN(TestTaskInspection)
#include "tst_task_inspection.moc"
