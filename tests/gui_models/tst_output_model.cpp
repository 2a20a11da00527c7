#include "output_model.h"
#include "trace_fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace awaitscope::models;

namespace {

const char *const kPartialLines = R"(import asyncio
print("before")

async def main():
    print("a", end="")
    await asyncio.sleep(1.5)
    print("b")
    print("x\ny", end="")

asyncio.run(main())
)";

QStringList column(const OutputModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}

uint64_t seqOf(const OutputModel &m, int row, int role = OutputModel::SeqRole)
{
    return m.index(row, 0).data(role).value<quint64>();
}

} // namespace

class TestOutputModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chineseOutputIsEveryLineInUtf8()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_chinese_output.py"));
        QCOMPARE(run.run.exitCode, 0);
        OutputModel model(run.trace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QStringList expected = QString::fromStdString(run.run.out).split(QLatin1Char('\n'));
        expected.removeLast(); // the output ends with a newline
        QCOMPARE(column(model, OutputModel::TextColumn), expected);
        QVERIFY(expected.first().contains(QStringLiteral("开始下载")));
        // create_task(name=...) names the task right after creating it; the trace records that.
        QCOMPARE(model.index(0, OutputModel::TaskColumn).data().toString(), QStringLiteral("下载任务"));
        QCOMPARE(model.index(0, OutputModel::TimeColumn).data().toString(), QStringLiteral("0.000 s"));
        const int done = static_cast<int>(expected.indexOf(QStringLiteral("[下载任务] 下载完成 ✓")));
        QVERIFY(done > 0);
        QCOMPARE(model.index(done, OutputModel::TimeColumn).data().toString(), QStringLiteral("1.000 s"));
        QCOMPARE(model.index(done, 0).data(OutputModel::LineRole).toUInt(), 17u);
        QCOMPARE(model.headerData(OutputModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Output"));
    }

    // The interpreter records whole lines, each when (and by whom) it was completed.
    void linesAreRecordedWhenComplete()
    {
        const auto run = test::runSource(kPartialLines);
        QCOMPARE(QString::fromStdString(run.run.err), QString());
        OutputModel model(run.trace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(model, OutputModel::TextColumn),
                 (QStringList{QStringLiteral("before"), QStringLiteral("ab"), QStringLiteral("x")}));
        QCOMPARE(column(model, OutputModel::TaskColumn),
                 (QStringList{QStringLiteral("main thread"), QStringLiteral("Task-1"), QStringLiteral("Task-1")}));
        QCOMPARE(column(model, OutputModel::TimeColumn),
                 (QStringList{QStringLiteral("0.000 s"), QStringLiteral("1.500 s"), QStringLiteral("1.500 s")}));
        QCOMPARE(model.index(0, 0).data(OutputModel::TaskIdRole).toLongLong(), -1);
        QCOMPARE(model.index(1, 0).data(OutputModel::TaskIdRole).toLongLong(), 0);
        QCOMPARE(model.index(2, 0).data(OutputModel::LineRole).toUInt(), 8u);
        QCOMPARE(model.rowForEvent(seqOf(model, 2)), 2);
        QCOMPARE(model.rowForEvent(seqOf(model, 2) + 1), -1);
    }

    void anOutputHoldingNewlinesGivesOneRowPerLine()
    {
        auto trace = std::make_shared<aw::trace::Trace>();
        trace->append(aw::trace::EventKind::Output, 0, 0.0, 0, 0, trace->intern("p\n中\n"), 3);
        trace->append(aw::trace::EventKind::Output, 0, 2.25, 7, 0, trace->intern("r"), 4);
        OutputModel model(trace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(model, OutputModel::TextColumn),
                 (QStringList{QStringLiteral("p"), QStringLiteral("中"), QString(), QStringLiteral("r")}));
        QCOMPARE(column(model, OutputModel::TaskColumn).last(), QStringLiteral("task #6"));
        QCOMPARE(column(model, OutputModel::TimeColumn).last(), QStringLiteral("2.250 s"));
        QCOMPARE(model.rowForEvent(0), 0);
        QCOMPARE(model.rowForEvent(1), 3);
        model.setPlayhead(1);
        QCOMPARE(model.rowCount(), 3);
    }

    void playheadShowsOutputSoFar()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_chinese_output.py"));
        OutputModel model(run.trace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int lines = model.rowCount();
        std::vector<uint64_t> seqs;
        for (int r = 0; r < lines; ++r)
            seqs.push_back(seqOf(model, r));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setPlayhead(seqs[2]);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(removed.first().at(2).toInt(), lines - 1);

        // Playing forward event by event: each line appears one event after its own.
        removed.clear();
        for (uint64_t p = seqs[2]; p <= run.trace->size(); ++p) {
            model.setPlayhead(p);
            QCOMPARE(model.rowCount(), int(std::lower_bound(seqs.begin(), seqs.end(), p) - seqs.begin()));
        }
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), lines - 2);
        QCOMPARE(model.rowCount(), lines);

        // And backward, then jumps.
        for (uint64_t p = run.trace->size(); p-- > 0;)
            model.setPlayhead(p);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), lines);
        model.setPlayhead(kNoSeq);
        QCOMPARE(model.rowCount(), lines);
        QCOMPARE(model.playhead(), kNoSeq);
        model.setPlayhead(seqs[5] + 1);
        QCOMPARE(model.rowCount(), 6);
    }

    void liveTraceGrowsInChunks()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_chinese_output.py"));
        const OutputModel full(run.trace);
        const uint64_t total = run.trace->size();
        for (uint64_t chunk : {uint64_t(1), uint64_t(7), total / 3}) {
            auto live = test::copyPrefix(*run.trace, 0);
            OutputModel model(live);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            for (uint64_t at = 0; at < total; at += chunk) {
                test::copyEvents(*run.trace, *live, at, std::min(total, at + chunk));
                model.traceGrew();
            }
            QCOMPARE(column(model, OutputModel::TextColumn), column(full, OutputModel::TextColumn));
            QCOMPARE(column(model, OutputModel::TaskColumn), column(full, OutputModel::TaskColumn));
        }
    }

    void growthBeyondAFixedPlayheadStaysHidden()
    {
        const auto run = test::runSource(kPartialLines);
        const uint64_t abSeq = seqOf(OutputModel(run.trace), 1);
        auto live = test::copyPrefix(*run.trace, 0);
        OutputModel model(live);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPlayhead(abSeq);
        test::copyEvents(*run.trace, *live, 0, run.trace->size());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.traceGrew();
        QCOMPARE(model.lineCount(), 3);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OutputModel::TextColumn).data().toString(), QStringLiteral("before"));
        QCOMPARE(inserted.count(), 1);
    }

    void nullTraceIsEmpty()
    {
        OutputModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.traceGrew();
        model.setPlayhead(5);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutputModel)
#include "tst_output_model.moc"
