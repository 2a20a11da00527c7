// The loop's scheduling rules: FIFO ready queue, batches per iteration, timer order, the
// virtual clock. Expected orders were checked against CPython 3.11 under
// tests/reference/cpython_ref.py.

#include "aio/event_loop.h"
#include "aio/sleep.h"
#include "support/interleaving.h"

#include <QTest>

#include <functional>

using namespace aw;
using namespace aw::aio;

class TestEventLoop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void callSoonRunsInFifoOrder();
    void callbacksScheduledDuringAnIterationRunInTheNext();
    void equalDeadlinesFireInSchedulingOrder();
    void clockAdvancesOnlyWhenNothingIsReady();
    void cancelledTimersNeverRun();
    void manyCancelledTimersAreCompacted();
    void longDelaysTakeDaySizedSteps();
    void timersStillFireAfterTwoToTheTwentyFourSeconds();
    void stepRunsOneCallbackAtATime();
};

void TestEventLoop::callSoonRunsInFifoOrder()
{
    EventLoop loop;
    QStringList log;
    for (int i = 0; i < 5; ++i)
        loop.callSoon([&log, i] { log << QString::number(i); });
    QVERIFY(loop.runOnce());
    QCOMPARE(log.join(','), QString("0,1,2,3,4"));
    QVERIFY(!loop.runOnce());
}

void TestEventLoop::callbacksScheduledDuringAnIterationRunInTheNext()
{
    EventLoop loop;
    QStringList log;
    loop.callSoon([&] {
        log << "a";
        loop.callSoon([&] { log << "c"; });
    });
    loop.callSoon([&] { log << "b"; });
    QVERIFY(loop.runOnce());
    QCOMPARE(log.join(','), QString("a,b"));
    QVERIFY(loop.runOnce());
    QCOMPARE(log.join(','), QString("a,b,c"));
}

void TestEventLoop::equalDeadlinesFireInSchedulingOrder()
{
    // heapq alone (CPython's _scheduled) pops 17 equal deadlines as 0,2,6,14,16,...; users
    // running python3 on a real clock see scheduling order, and so must we.
    EventLoop loop;
    QStringList log;
    for (int i = 0; i < 17; ++i)
        loop.callLater(1.0, [&log, i] { log << QString::number(i); });
    while (loop.runOnce()) {
    }
    QStringList expected;
    for (int i = 0; i < 17; ++i)
        expected << QString::number(i);
    QCOMPARE(log, expected);
    QCOMPARE(loop.time(), 1.0);
}

void TestEventLoop::clockAdvancesOnlyWhenNothingIsReady()
{
    EventLoop loop;
    QList<double> times;
    loop.callLater(0.3, [&] { times << loop.time(); });
    loop.callLater(0.1, [&] {
        times << loop.time();
        loop.callSoon([&] { times << loop.time(); });
    });
    while (loop.runOnce()) {
    }
    QCOMPARE(times, (QList<double>{0.1, 0.1, 0.3}));
}

void TestEventLoop::cancelledTimersNeverRun()
{
    EventLoop loop;
    bool ran = false;
    auto h = loop.callLater(5, [&] { ran = true; });
    loop.callLater(1, [&] { h->cancel(); });
    while (loop.runOnce()) {
    }
    QVERIFY(!ran);
    // The cancelled timer at the head is dropped without advancing the clock to it.
    QCOMPARE(loop.time(), 1.0);
}

void TestEventLoop::manyCancelledTimersAreCompacted()
{
    EventLoop loop;
    std::vector<Ref<TimerHandle>> handles;
    int ran = 0;
    for (int i = 0; i < 300; ++i)
        handles.push_back(loop.callLater(10 + i, [&] { ++ran; }));
    for (int i = 0; i < 300; i += 3)
        handles[static_cast<size_t>(i)]->cancel();
    for (int i = 1; i < 300; i += 3)
        handles[static_cast<size_t>(i)]->cancel();
    while (loop.runOnce()) {
    }
    QCOMPARE(ran, 100);
    QCOMPARE(loop.time(), 10.0 + 299);
}

void TestEventLoop::longDelaysTakeDaySizedSteps()
{
    EventLoop loop;
    bool ran = false;
    loop.callLater(200000, [&] { ran = true; });
    QVERIFY(loop.runOnce());
    QCOMPARE(loop.time(), 86400.0);
    QVERIFY(!ran);
    while (loop.runOnce()) {
    }
    QVERIFY(ran);
    QCOMPARE(loop.time(), 200000.0);
}

// Past 2**24 s the clock resolution (1e-9) is below a double's step, so "now + resolution"
// is now: a timer due exactly now must still fire, or the clock never moves again.
void TestEventLoop::timersStillFireAfterTwoToTheTwentyFourSeconds()
{
    EventLoop loop;
    int fired = 0;
    std::function<void()> again = [&] {
        if (++fired < 10000)
            loop.callLater(3600, again);
    };
    loop.callLater(3600, again);
    int iterations = 0;
    while (iterations < 100000 && loop.runOnce())
        ++iterations;
    QCOMPARE(fired, 10000);
    QCOMPARE(loop.time(), 3600.0 * 10000);
}

void TestEventLoop::stepRunsOneCallbackAtATime()
{
    EventLoop loop;
    QStringList log;
    loop.callSoon([&] { log << "a"; });
    loop.callSoon([&] { log << "b"; });
    QVERIFY(loop.step());
    QCOMPARE(log, QStringList{"a"});
    QVERIFY(loop.step());
    QCOMPARE(log, (QStringList{"a", "b"}));
    QVERIFY(!loop.step());
}

QTEST_APPLESS_MAIN(TestEventLoop)
#include "tst_event_loop.moc"
