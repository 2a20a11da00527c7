// A live run parks at the sizes the viewer allows, hands over exactly the events a full
// run records, stops at its budget, and can be abandoned at any point.

#include "interp/live_run.h"
#include "interp/scenario_runner.h"
#include "trace/trace_io.h"

#include <QSignalSpy>
#include <QTest>

#include <sstream>

using aw::interp::LiveRun;

namespace {

const char *const kForever = R"(import asyncio

async def producer(q):
    n = 0
    while True:
        n += 1
        await q.put(n)
        await asyncio.sleep(0.5)

async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
)";

const char *const kFinite = R"(import asyncio

async def hello(i):
    await asyncio.sleep(i / 10)
    print("hello", i)
    return i

async def main():
    print(await asyncio.gather(*(hello(i) for i in range(5))))

asyncio.run(main())
)";

std::string jsonl(const aw::trace::Trace &t)
{
    std::ostringstream out;
    aw::trace::writeJsonLines(t, out);
    return out.str();
}

// The first `n` events of `t`, as their own trace.
std::string prefix(const aw::trace::Trace &t, uint64_t n)
{
    const std::string all = jsonl(t);
    size_t pos = 0;
    for (uint64_t i = 0; i <= n; ++i)
        pos = all.find('\n', pos) + 1;
    return all.substr(0, pos);
}

bool waitParked(QSignalSpy &spy, int count)
{
    while (spy.count() < count) {
        if (!spy.wait(10000))
            return false;
    }
    return true;
}

} // namespace

class LiveRunTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parksWhereAllowed()
    {
        LiveRun run(kForever, "forever.py", {});
        QSignalSpy spy(&run, &LiveRun::parked);
        run.start(100);
        QVERIFY(waitParked(spy, 1));
        QCOMPARE(spy.at(0).at(0).toULongLong(), 100u);
        QCOMPARE(spy.at(0).at(1).toBool(), false);
        aw::trace::Trace view;
        QVERIFY(run.catchUp(view));
        QCOMPARE(view.size(), 100u);

        run.allow(250);
        QVERIFY(waitParked(spy, 2));
        QCOMPARE(spy.at(1).at(0).toULongLong(), 250u);
        QVERIFY(run.catchUp(view));
        QCOMPARE(view.size(), 250u);

        // Handed over in batches, the events are those of one uninterrupted run.
        LiveRun::Options small;
        small.eventBudget = 400;
        LiveRun whole(kForever, "forever.py", small);
        QSignalSpy wholeSpy(&whole, &LiveRun::parked);
        whole.start(1'000'000);
        QVERIFY(waitParked(wholeSpy, 1));
        QVERIFY(wholeSpy.at(0).at(1).toBool());
        aw::trace::Trace full;
        QVERIFY(whole.catchUp(full));
        QVERIFY(full.size() >= 400u);
        QCOMPARE(jsonl(view), prefix(full, 250));
    }

    void budgetEndsANeverEndingRun()
    {
        LiveRun::Options options;
        options.eventBudget = 1000;
        LiveRun run(kForever, "forever.py", options);
        QSignalSpy spy(&run, &LiveRun::parked);
        run.start(10'000'000);
        QVERIFY(waitParked(spy, 1));
        QVERIFY(run.finished());
        const aw::interp::RunResult r = run.result();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("budget of 1000 events") != std::string::npos, r.err.c_str());
        QVERIFY(r.out.starts_with("got 1\ngot 2\n"));
    }

    void finiteRunMatchesABatchRun()
    {
        LiveRun run(kFinite, "finite.py", {});
        QSignalSpy spy(&run, &LiveRun::parked);
        run.start(7);
        aw::trace::Trace view;
        for (int parks = 1;; ++parks) {
            QVERIFY(waitParked(spy, parks));
            QVERIFY(run.catchUp(view));
            if (spy.last().at(1).toBool())
                break;
            run.allow(view.size() + 7);
        }
        const aw::interp::ScenarioResult batch = aw::interp::runScenario(kFinite, "finite.py");
        QCOMPARE(run.result().out, batch.run.out);
        QCOMPARE(run.result().exitCode, 0);
        QCOMPARE(jsonl(view), jsonl(*batch.trace));
    }

    void abandonedWhileParkedOrRunning()
    {
        {
            LiveRun run(kForever, "forever.py", {});
            QSignalSpy spy(&run, &LiveRun::parked);
            run.start(50);
            QVERIFY(waitParked(spy, 1));
        }
        {
            LiveRun run("while True:\n    pass\n", "spin.py", {});
            run.start(10);
        }
    }
};

QTEST_GUILESS_MAIN(LiveRunTest)
#include "tst_live_run.moc"
