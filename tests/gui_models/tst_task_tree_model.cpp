#include "task_filter_model.h"
#include "task_tree_model.h"
#include "trace_fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <set>

using namespace awaitscope::models;

namespace {

const char *const kNested = R"(import asyncio
async def leaf():
    await asyncio.sleep(1)
    return 42
async def middle():
    t = asyncio.create_task(leaf(), name="leaf")
    return await t
async def main():
    m = asyncio.create_task(middle(), name="middle")
    await asyncio.sleep(0.5)
    r = await m
    print(r)
asyncio.run(main())
)";

// Every row's texts by task id, and each task's path from the root ("Task-1/middle").
std::map<uint32_t, QStringList> snapshot(const QAbstractItemModel &m, const QModelIndex &parent = {},
                                         const QString &path = {})
{
    std::map<uint32_t, QStringList> out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        QStringList row{path + m.index(r, 0, parent).data().toString()};
        for (int c = 1; c < m.columnCount(parent); ++c)
            row << m.index(r, c, parent).data().toString();
        const QModelIndex child = m.index(r, 0, parent);
        out[child.data(TaskTreeModel::TaskIdRole).toUInt()] = row;
        out.merge(snapshot(m, child, row.first() + QLatin1Char('/')));
    }
    return out;
}

QStringList names(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out << i.data().toString();
        out << names(m, i);
    }
    return out;
}

QString state(const TaskTreeModel &m, uint32_t task)
{
    return m.indexOfTask(task, TaskTreeModel::StateColumn).data().toString();
}

} // namespace

class TestTaskTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tasksNestUnderTheirCreator()
    {
        const auto run = test::runSource(kNested);
        QCOMPARE(QString::fromStdString(run.run.out), QStringLiteral("42\n"));
        TaskTreeModel model(run.trace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // asyncio.run's own shutdown tasks are the other top-level tasks. create_task's
        // name= is applied after TaskCreated, so the trace keeps the default names.
        QCOMPARE(model.rowCount(), 3);
        const auto rows = snapshot(model);
        QCOMPARE(rows.size(), size_t(5));
        QCOMPARE(rows.at(0), (QStringList{"Task-1", "main", "done", "None", "0.000 s, line 13"}));
        QCOMPARE(rows.at(1), (QStringList{"Task-1/middle", "middle", "done", "42", "0.000 s, line 9"}));
        QCOMPARE(rows.at(2), (QStringList{"Task-1/middle/leaf", "leaf", "done", "42", "0.000 s, line 6"}));
        QCOMPARE(rows.at(3).first(), QStringLiteral("Task-4"));
        const QModelIndex leaf = model.indexOfTask(2);
        QCOMPARE(leaf.data(TaskTreeModel::TaskIdRole).toUInt(), 2u);
        QCOMPARE(leaf.data(TaskTreeModel::CreatedLineRole).toUInt(), 6u);
        QCOMPARE(leaf.parent(), model.indexOfTask(1));
        QVERIFY(!model.indexOfTask(99).isValid());
        QCOMPARE(model.headerData(TaskTreeModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    }

    void statesAtThePlayhead()
    {
        const auto run = test::runSource(kNested);
        TaskTreeModel model(run.trace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Just after leaf first suspends.
        const auto &leaf = model.traceIndex().tasks().at(2);
        uint64_t leafSleeps = 0;
        for (uint64_t s : leaf.stateEvents)
            if (run.trace->kindOf(s) == aw::trace::EventKind::TaskWaiting && !leafSleeps)
                leafSleeps = s;
        model.setPlayhead(leafSleeps + 1);
        QCOMPARE(state(model, 2), QStringLiteral("sleeping until 1.000 s"));
        QCOMPARE(state(model, 0), QStringLiteral("sleeping until 0.500 s"));
        QCOMPARE(state(model, 1), QStringLiteral("awaiting leaf"));
        QCOMPARE(model.indexOfTask(2, TaskTreeModel::ResultColumn).data().toString(), QString());
        QCOMPARE(model.indexOfTask(2).data(TaskTreeModel::StateSeqRole).value<quint64>(), leafSleeps);
        model.setPlayhead(0);
        QCOMPARE(state(model, 0), QStringLiteral("not yet created"));
        QCOMPARE(model.indexOfTask(0).data(TaskTreeModel::PhaseRole).toInt(), int(TaskPhase::NotCreated));
        QVERIFY(model.indexOfTask(0).data(Qt::ForegroundRole).isValid());
        model.setPlayhead(1);
        QCOMPARE(state(model, 0), QStringLiteral("pending"));
    }

    // Stepping one event at a time, forward then backward, and jumping: dataChanged names
    // exactly the rows whose texts changed.
    void onlyChangedRowsAreSignalled()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_lock_event.py"));
        TaskTreeModel model(run.trace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const uint64_t total = run.trace->size();
        std::vector<uint64_t> path;
        for (uint64_t p = 0; p <= total; ++p)
            path.push_back(p);
        for (uint64_t p = total; p-- > 0;)
            path.push_back(p);
        path.insert(path.end(), {total, 0, total / 2, 3, total});
        auto before = snapshot(model);
        for (uint64_t p : path) {
            changed.clear();
            model.setPlayhead(p);
            const auto after = snapshot(model);
            std::set<uint32_t> expected;
            for (const auto &[id, row] : after)
                if (before.at(id) != row)
                    expected.insert(id);
            std::set<uint32_t> signalled;
            for (const auto &args : changed) {
                const QModelIndex a = args.at(0).toModelIndex();
                const QModelIndex b = args.at(1).toModelIndex();
                QCOMPARE(a.parent(), b.parent());
                for (int r = a.row(); r <= b.row(); ++r)
                    signalled.insert(model.index(r, 0, a.parent()).data(TaskTreeModel::TaskIdRole).toUInt());
            }
            QCOMPARE(signalled, expected);
            before = after;
        }
    }

    void liveTraceGrowsInChunks()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_queue_join_workers.py"));
        const TaskTreeModel full(run.trace);
        const uint64_t total = run.trace->size();
        for (uint64_t chunk : {uint64_t(1), uint64_t(13), total / 4}) {
            auto live = test::copyPrefix(*run.trace, 0);
            TaskTreeModel model(live);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            for (uint64_t at = 0; at < total; at += chunk) {
                test::copyEvents(*run.trace, *live, at, std::min(total, at + chunk));
                model.traceGrew();
            }
            QVERIFY(inserted.count() > 0);
            QCOMPARE(snapshot(model), snapshot(full));
        }
    }

    void growthAfterAFixedPlayheadAddsTasksNotYetCreated()
    {
        const auto run = test::runSource(kNested);
        auto live = test::copyPrefix(*run.trace, 2);
        TaskTreeModel model(live);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPlayhead(2);
        test::copyEvents(*run.trace, *live, 2, run.trace->size());
        model.traceGrew();
        QCOMPARE(names(model), (QStringList{"Task-1", "middle", "leaf", "Task-4", "Task-5"}));
        QCOMPARE(state(model, 0), QStringLiteral("ready"));
        QCOMPARE(state(model, 2), QStringLiteral("not yet created"));
    }

    void filterKeepsTheTreeAroundMatches()
    {
        const auto run = test::runSource(kNested);
        TaskTreeModel model(run.trace);
        TaskFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.setSearchText(QStringLiteral("LEAF"));
        QCOMPARE(names(filter), (QStringList{"Task-1", "middle", "leaf"}));
        filter.setSearchText(QStringLiteral("middle"));
        QCOMPARE(names(filter), (QStringList{"Task-1", "middle"}));
        filter.setSearchText(QStringLiteral("sleeping"));
        QCOMPARE(names(filter), QStringList());
        // States change under the filter as the playhead moves.
        const auto &leaf = model.traceIndex().tasks().at(2);
        model.setPlayhead(leaf.stateEvents.at(3) + 1);
        QCOMPARE(names(filter), (QStringList{"Task-1", "middle", "leaf"}));
        filter.setSearchText(QString());
        filter.setHideNotCreated(true);
        model.setPlayhead(leaf.createdSeq);
        QCOMPARE(names(filter), (QStringList{"Task-1", "middle"}));
        model.setPlayhead(0);
        QCOMPARE(filter.rowCount(), 0);
    }

    // Thousands of sibling tasks: a step signals one row, a jump one block per run of rows.
    void manyTasksChangeInBlocks()
    {
        const auto run = test::runSource(R"(import asyncio
async def job(i):
    await asyncio.sleep(1 + i % 2)
async def main():
    await asyncio.gather(*[job(i) for i in range(3000)])
asyncio.run(main())
)");
        TaskTreeModel model(run.trace);
        QCOMPARE(model.rowCount(model.indexOfTask(0)), 3000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPlayhead(0);
        // Main and the shutdown tasks as one block at the top, the 3000 jobs as one under main.
        QCOMPARE(changed.count(), 2);
        const uint64_t mainWaits = model.traceIndex().tasks().at(0).stateEvents.at(3);
        model.setPlayhead(mainWaits);
        changed.clear();
        model.setPlayhead(mainWaits + 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.indexOfTask(0));
        QVERIFY(state(model, 0).startsWith(QStringLiteral("awaiting gather #")));
        changed.clear();
        model.setPlayhead(kNoSeq);
        QCOMPARE(changed.count(), 2);
    }

    void nullTraceIsEmpty()
    {
        TaskTreeModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.traceGrew();
        model.setPlayhead(3);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskTreeModel)
#include "tst_task_tree_model.moc"
