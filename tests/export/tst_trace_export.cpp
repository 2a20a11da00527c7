// The recorded run written out: the Chrome Trace Event file checked against the format and
// against what happened (tracks, state slices, flows, counters, prints, cancellations),
// byte-for-byte determinism, and the JSON Lines trace read back by the engine's reader.

#include "chrome_trace_checks.h"
#include "export_test_support.h"

#include "export/trace_export.h"
#include "trace/chrome_trace.h"
#include "trace/trace_io.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace awaitscope;

namespace {

QByteArray chromeTrace(const aw::trace::Trace &trace)
{
    std::ostringstream out;
    aw::trace::writeChromeTrace(trace, out, {"lock.py"});
    return QByteArray::fromStdString(out.str());
}

std::vector<QJsonObject> eventsOf(const QByteArray &json)
{
    std::vector<QJsonObject> events;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).object().value("traceEvents").toArray())
        events.push_back(v.toObject());
    return events;
}

qint64 tidNamed(const std::vector<QJsonObject> &events, const QString &name)
{
    for (const QJsonObject &e : events) {
        if (e.value("name") == "thread_name" && e.value("args").toObject().value("name") == name)
            return e.value("tid").toInteger();
    }
    return -1;
}

std::vector<QJsonObject> where(const std::vector<QJsonObject> &events, const QString &ph, qint64 tid = -2)
{
    std::vector<QJsonObject> found;
    for (const QJsonObject &e : events) {
        if (e.value("ph") == ph && (tid == -2 || e.value("tid").toInteger() == tid))
            found.push_back(e);
    }
    return found;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *const kCancelScenario = R"(import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    t.cancel("enough")
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    sem = asyncio.Semaphore(2)
    async with sem:
        q = asyncio.Queue()
        q.put_nowait(1)
        q.put_nowait(2)

asyncio.run(main())
)";

} // namespace

class TestTraceExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chromeTraceIsWellFormed();
    void tasksAreNamedTracksInCreationOrder();
    void stateSlicesFollowTheRun();
    void flowsShowWakeUpsAndAwaits();
    void countersPrintsAndCancellations();
    void eventsAtOneInstantKeepTheirOrder();
    void chromeTraceIsDeterministic();
    void jsonLinesRoundTrip();
    void formatFollowsTheExtension();
};

void TestTraceExport::chromeTraceIsWellFormed()
{
    auto r = exporttest::runLockScenario();
    const QByteArray json = chromeTrace(*r.trace);
    const QString problem = exporttest::checkChromeTrace(json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value("displayTimeUnit").toString(), QString("ms"));
    QCOMPARE(root.value("otherData").toObject().value("generator").toString(), QString("awaitscope"));
    // The checker itself must catch what it is there for.
    QVERIFY(!exporttest::checkChromeTrace("{\"traceEvents\":[").isEmpty());
    QVERIFY(exporttest::checkChromeTrace(R"({"traceEvents":[{"name":"a","ph":"s","id":1,"ts":1,"pid":1,"tid":1}],
        "displayTimeUnit":"ms"})").contains("flow"));
    QVERIFY(exporttest::checkChromeTrace(R"({"traceEvents":[{"name":"process_name","ph":"M","pid":1,"tid":1,
        "args":{"name":"p"}},{"name":"thread_name","ph":"M","pid":1,"tid":1,"args":{"name":"t"}},
        {"name":"a","ph":"X","ts":1,"dur":5,"pid":1,"tid":1},{"name":"b","ph":"X","ts":3,"dur":5,"pid":1,"tid":1}],
        "displayTimeUnit":"ms"})").contains("overlap"));
}

void TestTraceExport::tasksAreNamedTracksInCreationOrder()
{
    auto r = exporttest::runLockScenario();
    const auto events = eventsOf(chromeTrace(*r.trace));
    QCOMPARE(events[0].value("name").toString(), QString("process_name"));
    QCOMPARE(events[0].value("args").toObject().value("name").toString(), QString("lock.py"));
    const qint64 main = tidNamed(events, "Task-1 main()");
    const qint64 first = tidNamed(events, "Task-2 worker()");
    const qint64 second = tidNamed(events, "Task-3 worker()");
    QVERIFY(main > 0 && first > 0 && second > 0);
    QVERIFY(tidNamed(events, "event loop") > 0);
    std::map<qint64, qint64> sortIndex;
    for (const QJsonObject &e : where(events, "M")) {
        if (e.value("name") == "thread_sort_index")
            sortIndex[e.value("tid").toInteger()] = e.value("args").toObject().value("sort_index").toInteger();
    }
    QVERIFY(sortIndex.at(main) < sortIndex.at(first));
    QVERIFY(sortIndex.at(first) < sortIndex.at(second));
}

void TestTraceExport::stateSlicesFollowTheRun()
{
    auto r = exporttest::runLockScenario();
    const auto events = eventsOf(chromeTrace(*r.trace));
    const qint64 second = tidNamed(events, "Task-3 worker()");
    bool waitedForLock = false, slept = false;
    for (const QJsonObject &e : where(events, "X", second)) {
        const double ts = e.value("ts").toDouble(), dur = e.value("dur").toDouble();
        QCOMPARE(e.value("cat").toString(), QString("state"));
        if (e.value("name") == "waiting on lock") {
            // 0..1 s of virtual time, to within the nanoseconds that order events.
            QVERIFY(ts < 1.0);
            QVERIFY(qAbs(ts + dur - 1e6) < 1.0);
            QCOMPARE(e.value("args").toObject().value("on").toString(), QString("lock"));
            waitedForLock = true;
        }
        if (e.value("name") == "sleeping" && ts >= 1e6) {
            QVERIFY(qAbs(dur - 1e6) < 1.0);
            QCOMPARE(e.value("args").toObject().value("until").toString(), QString("2.0"));
            slept = true;
        }
    }
    QVERIFY(waitedForLock);
    QVERIFY(slept);
    const auto ends = where(events, "i", second);
    QVERIFY(std::any_of(ends.begin(), ends.end(), [](const QJsonObject &e) {
        return e.value("name") == "done" && e.value("args").toObject().value("result") == "None";
    }));
}

void TestTraceExport::flowsShowWakeUpsAndAwaits()
{
    auto flows = [](const QByteArray &json, const QString &name, const QString &from, const QString &to,
                    double around) {
        const auto events = eventsOf(json);
        std::map<qint64, QJsonObject> starts;
        for (const QJsonObject &e : where(events, "s"))
            starts[e.value("id").toInteger()] = e;
        for (const QJsonObject &f : where(events, "f", tidNamed(events, to))) {
            const QJsonObject &s = starts[f.value("id").toInteger()];
            if (f.value("name") == name && s.value("tid").toInteger() == tidNamed(events, from) &&
                qAbs(f.value("ts").toDouble() - around) < 1)
                return true;
        }
        return false;
    };
    auto lock = exporttest::runLockScenario();
    const QByteArray lockJson = chromeTrace(*lock.trace);
    // main creates the workers, and so schedules their first step.
    QVERIFY(flows(lockJson, "wake-up", "Task-1 main()", "Task-2 worker()", 0));
    // Task-2 releases the lock at 1 s and so wakes Task-3.
    QVERIFY(flows(lockJson, "wake-up", "Task-2 worker()", "Task-3 worker()", 1e6));
    QVERIFY(!flows(lockJson, "wake-up", "Task-3 worker()", "Task-2 worker()", 1e6));
    auto cancel = aw::interp::runScenario(kCancelScenario, "cancel.py");
    const QByteArray cancelJson = chromeTrace(*cancel.trace);
    QVERIFY(flows(cancelJson, "cancel", "Task-1 main()", "Task-2 sleeper()", 1e6));
    QVERIFY(flows(cancelJson, "await", "Task-1 main()", "Task-2 sleeper()", 1e6));
    // The cancelled task, finishing, wakes its awaiter: the arrow leaves its last slice.
    QVERIFY(flows(cancelJson, "wake-up", "Task-2 sleeper()", "Task-1 main()", 1e6));
}

void TestTraceExport::countersPrintsAndCancellations()
{
    auto r = aw::interp::runScenario(kCancelScenario, "cancel.py");
    QCOMPARE(r.run.exitCode, 0);
    const QByteArray json = chromeTrace(*r.trace);
    const QString problem = exporttest::checkChromeTrace(json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto events = eventsOf(json);
    const qint64 main = tidNamed(events, "Task-1 main()");
    const qint64 sleeper = tidNamed(events, "Task-2 sleeper()");
    const auto marks = where(events, "i", sleeper);
    auto has = [&](const QString &name, auto test) {
        return std::any_of(marks.begin(), marks.end(), [&](const QJsonObject &e) { return e.value("name") == name && test(e); });
    };
    QVERIFY(has("cancel requested", [](const QJsonObject &e) {
        return e.value("args").toObject().value("message") == "'enough'" && e.value("ts").toDouble() >= 1e6;
    }));
    QVERIFY(has("CancelledError raised", [](const QJsonObject &) { return true; }));
    QVERIFY(has("cancelled", [](const QJsonObject &) { return true; }));
    const auto prints = where(events, "i", main);
    QVERIFY(std::any_of(prints.begin(), prints.end(), [](const QJsonObject &e) {
        return e.value("name") == "print" && e.value("args").toObject().value("text").toString().startsWith("cancelled");
    }));
    int semaphoreInUse = -1, queueDepth = -1;
    for (const QJsonObject &c : where(events, "C")) {
        const QJsonObject args = c.value("args").toObject();
        if (c.value("name").toString().startsWith("Semaphore-"))
            semaphoreInUse = std::max(semaphoreInUse, args.value("in use").toInt(-1));
        if (c.value("name").toString().startsWith("Queue-"))
            queueDepth = std::max(queueDepth, args.value("depth").toInt(-1));
    }
    QCOMPARE(semaphoreInUse, 1);
    QCOMPARE(queueDepth, 2);
}

void TestTraceExport::eventsAtOneInstantKeepTheirOrder()
{
    auto r = exporttest::runLockScenario();
    const auto events = eventsOf(chromeTrace(*r.trace));
    // Everything the run does at 0 s gets its own timestamp, in order, within microseconds.
    std::vector<qint64> seqs;
    double last = -1;
    for (const QJsonObject &e : where(events, "X")) {
        const QJsonValue seq = e.value("args").toObject().value("seq");
        if (!seq.isDouble() || e.value("ts").toDouble() >= 1)
            continue;
        QVERIFY(e.value("ts").toDouble() != last);
        last = e.value("ts").toDouble();
        seqs.push_back(seq.toInteger());
    }
    QVERIFY(seqs.size() >= 6);
    QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
}

void TestTraceExport::chromeTraceIsDeterministic()
{
    auto first = exporttest::runLockScenario();
    auto second = exporttest::runLockScenario();
    QCOMPARE(chromeTrace(*first.trace), chromeTrace(*second.trace));
}

void TestTraceExport::jsonLinesRoundTrip()
{
    auto r = aw::interp::runScenario(kCancelScenario, "cancel.py");
    QTemporaryDir dir;
    const QString path = dir.filePath("run.jsonl");
    QString error;
    QVERIFY2(exportTrace(*r.trace, path, "cancel.py", &error), qPrintable(error));
    const QByteArray written = readAll(path);
    std::istringstream in(written.toStdString());
    aw::trace::ReadError readError;
    const std::optional<aw::trace::Trace> back = aw::trace::readJsonLines(in, &readError);
    QVERIFY2(back, readError.message.c_str());
    QCOMPARE(back->size(), r.trace->size());
    std::ostringstream again;
    aw::trace::writeJsonLines(*back, again);
    QCOMPARE(QByteArray::fromStdString(again.str()), written);
    QCOMPARE(chromeTrace(*back), chromeTrace(*r.trace));
}

void TestTraceExport::formatFollowsTheExtension()
{
    QCOMPARE(traceFormatForPath("a.json"), TraceFormat::Chrome);
    QCOMPARE(traceFormatForPath("a.JSONL"), TraceFormat::JsonLines);
    QVERIFY(!traceFormatForPath("a.txt"));
    auto r = exporttest::runLockScenario();
    QTemporaryDir dir;
    QString error;
    QVERIFY(!exportTrace(*r.trace, dir.filePath("a.txt"), "x", &error));
    QVERIFY2(error.contains(".jsonl"), qPrintable(error));
    QVERIFY(!exportTrace(*r.trace, dir.filePath("none/a.json"), "x", &error));
    QVERIFY2(error.contains("none/a.json"), qPrintable(error));
    QVERIFY(exportTrace(*r.trace, dir.filePath("a.json"), "lock.py", &error));
    QCOMPARE(readAll(dir.filePath("a.json")), chromeTrace(*r.trace));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestTraceExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trace_export.moc"
