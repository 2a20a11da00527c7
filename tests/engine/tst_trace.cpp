// The recorded trace: what it holds, determinism, the JSON Lines round trip, replay from
// any point, and rejecting malformed files with a line number.

#include "aio/awaiters.h"
#include "aio/gather.h"
#include "aio/locks.h"
#include "aio/runner.h"
#include "aio/sleep.h"
#include "support/program.h"
#include "trace/recorder.h"
#include "trace/trace_io.h"

#include <sstream>

using namespace aw;
using namespace aw::aio;
using namespace aw::trace;

namespace {

QCoro::Task<Value> holder(EventLoop *loop, Ref<Lock> lock, int n)
{
    co_await lock->acquire();
    test::say(loop, "holding", test::num(n));
    co_await sleep(*loop, 0.5);
    lock->release();
    co_return Value::integer(n);
}

QCoro::Task<Value> failing(EventLoop *loop)
{
    co_await sleep(*loop, 0.25);
    throw PyException::make(builtin::ValueError(), "boom");
}

QCoro::Task<Value> program(EventLoop *loop)
{
    auto lock = make<Lock>(loop, "lock");
    std::vector<Ref<Future>> children;
    for (int n = 0; n < 3; ++n)
        children.emplace_back(loop->createTask([loop, lock, n] { return holder(loop, lock, n); }, "holder"));
    children.emplace_back(loop->createTask([loop] { return failing(loop); }, "failing"));
    auto g = gather(*loop, children, true);
    co_await g;
    co_return Value();
}

Trace record()
{
    EventLoop loop;
    Trace trace;
    Recorder recorder(loop, trace);
    run(loop, [&loop] { return program(&loop); }, "main");
    return trace;
}

std::string serialise(const Trace &t)
{
    std::ostringstream out;
    writeJsonLines(t, out);
    return out.str();
}

std::string readError(const std::string &text)
{
    std::istringstream in(text);
    ReadError error;
    if (readJsonLines(in, &error))
        return "read";
    return std::to_string(error.line) + ": " + error.message;
}

} // namespace

class TestTrace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsEveryKindOfTransition();
    void sameProgramSameBytes();
    void roundTripsThroughJsonLines();
    void replaysFromAnyPoint();
    void rejectsMalformedFiles_data();
    void rejectsMalformedFiles();
    void eventsAreCompact();
};

void TestTrace::recordsEveryKindOfTransition()
{
    const Trace t = record();
    QSet<EventKind> kinds;
    t.forEach(0, t.size(), [&](const trace::Event &e) { kinds.insert(e.kind); });
    for (EventKind k : {EventKind::TaskCreated, EventKind::TaskReady, EventKind::TaskRunning, EventKind::TaskWaiting,
                        EventKind::TaskDone, EventKind::ResourceCreated, EventKind::ResourceChanged, EventKind::Output})
        QVERIFY2(kinds.contains(k), eventKindName(k).data());
    const std::string json = serialise(t);
    QVERIFY(json.find(R"("ev":"done","task":4,"outcome":"exception","value":"ValueError: boom")") != std::string::npos);
    QVERIFY(json.find(R"("ev":"wait","task":2,"on":"lock","target":0)") != std::string::npos);
    QVERIFY(json.find(R"("ev":"state","id":0,"holder":1,"value":1,"waiters":0)") != std::string::npos);
    QVERIFY(json.find(R"("ev":"print","task":1,"text":"holding 0")") != std::string::npos);
}

void TestTrace::sameProgramSameBytes()
{
    QCOMPARE(serialise(record()), serialise(record()));
}

void TestTrace::roundTripsThroughJsonLines()
{
    const std::string first = serialise(record());
    std::istringstream in(first);
    ReadError error;
    auto loaded = readJsonLines(in, &error);
    QVERIFY2(loaded, error.message.c_str());
    QCOMPARE(serialise(*loaded), first);
}

void TestTrace::replaysFromAnyPoint()
{
    const Trace t = record();
    const uint64_t middle = t.size() / 2;
    std::vector<uint64_t> seen;
    t.forEach(middle, t.size(), [&](const trace::Event &e) { seen.push_back(e.seq); });
    QCOMPARE(seen.size(), t.size() - middle);
    QCOMPARE(seen.front(), middle);
    QCOMPARE(t.event(middle).time, t.timeOf(middle));
}

void TestTrace::rejectsMalformedFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    const QString header = "{\"format\":\"awaitscope-trace\",\"version\":1}\n";
    QTest::newRow("empty") << "" << "0: empty file";
    QTest::newRow("not json") << "hello\n" << "1: not a JSON object: illegal value";
    QTest::newRow("other format") << "{\"format\":\"x\"}\n"
                                  << "1: not an Awaitscope trace (the first line must name the format)";
    QTest::newRow("future version") << "{\"format\":\"awaitscope-trace\",\"version\":9}\n"
                                    << "1: unsupported trace version";
    QTest::newRow("bad seq") << header + "{\"seq\":5,\"t\":0,\"ev\":\"run\",\"task\":0}\n"
                             << "2: events must be numbered 0, 1, 2, ... in order";
    QTest::newRow("unknown event") << header + "{\"seq\":0,\"t\":0,\"ev\":\"explode\"}\n"
                                   << "2: unknown ev 'explode'";
    QTest::newRow("negative task") << header + "{\"seq\":0,\"t\":0,\"ev\":\"run\",\"task\":-1}\n"
                                   << "2: field 'task' must be a non-negative integer";
    QTest::newRow("time goes back") << header + "{\"seq\":0,\"t\":1,\"ev\":\"run\",\"task\":0}\n"
                                          "{\"seq\":1,\"t\":0.5,\"ev\":\"run\",\"task\":0}\n"
                                    << "3: events must be in time order";
}

void TestTrace::rejectsMalformedFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QCOMPARE(QString::fromStdString(readError(text.toStdString())), error);
}

void TestTrace::eventsAreCompact()
{
    const Trace t = record();
    const double perEvent = double(t.memoryBytes()) / double(t.size());
    qInfo("%llu events, %.1f bytes per event (strings included)", static_cast<unsigned long long>(t.size()), perEvent);
    QVERIFY(t.size() > 50);
}

QTEST_APPLESS_MAIN(TestTrace)
#include "tst_trace.moc"
