// The playhead over real runs: playing in virtual time and in steps, stepping both ways,
// jumping between instants, and following a live run that never ends.

#include "playback/playback.h"
#include "playback/playhead_state.h"
#include "session/scenario_session.h"

#include <QSignalSpy>
#include <QTest>

using awaitscope::Playback;
using awaitscope::ScenarioSession;

namespace {

const char *const kTwoSleepers = R"(import asyncio

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")

async def main():
    await asyncio.gather(sleeper("a", 1), sleeper("b", 2))

asyncio.run(main())
)";

const char *const kForever = R"(import asyncio

async def tick():
    n = 0
    while True:
        n += 1
        print("tick", n)
        await asyncio.sleep(1)

asyncio.run(tick())
)";

// A producer and a consumer that never stop.
const char *const kProducerConsumer = R"(import asyncio

async def producer(q):
    n = 0
    while True:
        n += 1
        await q.put(n)
        await asyncio.sleep(0.1)

async def consumer(q):
    while True:
        item = await q.get()
        print("consumed", item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
)";

// A server that spawns a handler task per request, forever; every tenth handler never
// ends, so pending tasks pile up as they would in a leaking program.
const char *const kSpawnsForever = R"(import asyncio

async def handle(n, stuck):
    await asyncio.sleep(0.5)
    if n % 10 == 0:
        await stuck.wait()
    print("handled", n)

async def main():
    stuck = asyncio.Event()
    handlers = set()
    n = 0
    while True:
        n += 1
        task = asyncio.create_task(handle(n, stuck))
        handlers.add(task)
        task.add_done_callback(handlers.discard)
        await asyncio.sleep(0.05)

asyncio.run(main())
)";

bool waitFinished(ScenarioSession &s)
{
    QSignalSpy spy(&s, &ScenarioSession::finished);
    return s.isFinished() || spy.wait(10000);
}

// Counts the Output events among the first `playhead` events.
int printed(const aw::trace::Trace &t, uint64_t playhead)
{
    int n = 0;
    for (uint64_t s = 0; s < playhead; ++s)
        n += t.kindOf(s) == aw::trace::EventKind::Output;
    return n;
}

} // namespace

class PlaybackTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void playsInVirtualTime()
    {
        ScenarioSession session;
        session.run(kTwoSleepers, "sleepers.py");
        QVERIFY(waitFinished(session));
        Playback playback;
        playback.setFrameTimerEnabled(false);
        playback.setTrace(session.trace(), true);
        const aw::trace::Trace &t = *session.trace();
        playback.play();
        playback.advance(0.5);
        QCOMPARE(printed(t, playback.playhead()), 0);
        QCOMPARE(playback.time(), 0.5);
        playback.advance(0.6); // past 1 s: "a woke"
        QCOMPARE(printed(t, playback.playhead()), 1);
        playback.setSpeed(4);
        playback.advance(0.25); // 1.1 + 1.0
        QCOMPARE(printed(t, playback.playhead()), 2);
        playback.advance(1);
        QVERIFY(playback.atEnd());
        QVERIFY(!playback.playing());
        QCOMPARE(playback.playhead(), t.size());
    }

    void stepsAndInstants()
    {
        ScenarioSession session;
        session.run(kTwoSleepers, "sleepers.py");
        QVERIFY(waitFinished(session));
        Playback playback;
        playback.setFrameTimerEnabled(false);
        playback.setTrace(session.trace(), true);
        const aw::trace::Trace &t = *session.trace();
        QSignalSpy moved(&playback, &Playback::playheadChanged);
        playback.stepForward();
        playback.stepForward();
        QCOMPARE(playback.playhead(), 2u);
        playback.stepBackward();
        QCOMPARE(playback.playhead(), 1u);
        QCOMPARE(moved.count(), 3);
        // The first instant (time 0) holds many events; one jump shows them all.
        playback.toStart();
        playback.nextInstant();
        QCOMPARE(playback.playhead(), t.firstEventAt(1));
        QCOMPARE(playback.time(), 0.0);
        playback.nextInstant();
        QCOMPARE(t.timeOf(playback.playhead() - 1), 1.0);
        playback.previousInstant();
        QCOMPARE(playback.playhead(), t.firstEventAt(1));
        playback.toEnd();
        QCOMPARE(playback.playhead(), t.size());
        playback.stepForward();
        QCOMPARE(playback.playhead(), t.size());

        // Step mode: four events a second at 1x, eight at 2x.
        playback.toStart();
        playback.setStepMode(true);
        playback.play();
        playback.advance(1.0);
        QCOMPARE(playback.playhead(), 4u);
        playback.setSpeed(2);
        playback.advance(0.5);
        QCOMPARE(playback.playhead(), 8u);
        playback.setSpeed(100);
        QCOMPARE(playback.speed(), Playback::kMaxSpeed);
    }

    void marksWhereTasksStand()
    {
        const char *program = R"(import asyncio

async def worker(lock):
    async with lock:
        print("working")
        await asyncio.sleep(1)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock), worker(lock))

asyncio.run(main())
)";
        ScenarioSession session;
        session.run(program, "marks.py");
        QVERIFY(waitFinished(session));
        const auto trace = session.trace();
        awaitscope::PlayheadState state;
        state.setTrace(trace);
        using Phase = awaitscope::PlayheadState::Phase;
        // At 0.5 s: main waits in gather (line 10), the first worker sleeps (line 6), the
        // second waits for the lock (line 4).
        uint64_t half = 0;
        while (trace->timeOf(half) < 0.5 && half + 1 < trace->size())
            ++half;
        state.moveTo(half);
        std::vector<uint32_t> waiting;
        for (const auto &t : state.tasks())
            if (t.phase == Phase::Waiting)
                waiting.push_back(t.line);
        std::sort(waiting.begin(), waiting.end());
        QCOMPARE(waiting, (std::vector<uint32_t>{4, 6, 10}));
        QCOMPARE(state.runningTask(), -1);
        // Find the moment the first worker runs for the first time: it takes the lock at line 4.
        uint64_t firstRun = 0;
        int runs = 0;
        for (; firstRun < trace->size(); ++firstRun)
            if (trace->kindOf(firstRun) == aw::trace::EventKind::TaskRunning && ++runs == 2)
                break;
        state.moveTo(firstRun + 1);
        QVERIFY(state.runningTask() >= 0);
        QCOMPARE(state.runningLine(), 4u);
        // Backward and forward again give the same state.
        state.moveTo(0);
        QVERIFY(state.tasks().empty() || state.tasks()[0].phase == Phase::Unborn);
        state.moveTo(half);
        std::vector<uint32_t> again;
        for (const auto &t : state.tasks())
            if (t.phase == Phase::Waiting)
                again.push_back(t.line);
        std::sort(again.begin(), again.end());
        QCOMPARE(again, waiting);
    }

    void followsARunThatNeverEnds()
    {
        ScenarioSession session;
        session.setBatchSize(200);
        Playback playback;
        playback.setFrameTimerEnabled(false);
        connect(&playback, &Playback::needEvents, &session, &ScenarioSession::need);
        connect(&session, &ScenarioSession::traceGrew, &playback, [&] { playback.traceGrew(session.isFinished()); });
        session.run(kForever, "forever.py");
        playback.setTrace(session.trace(), false);
        QSignalSpy grew(&session, &ScenarioSession::traceGrew);
        QVERIFY(grew.wait(10000));
        playback.play();
        // Play a long virtual time: the engine keeps a batch ahead, never runs away.
        for (int i = 0; i < 400; ++i) {
            playback.advance(0.25);
            if (playback.playhead() + 20 >= session.trace()->size())
                QVERIFY(grew.wait(10000));
        }
        QVERIFY(playback.time() > 50);
        QVERIFY(!session.isFinished());
        QVERIFY(session.trace()->size() < playback.playhead() + 2 * 200 + 50);
        QVERIFY(playback.playing());
    }

    void soakEndsAtTheBudget_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("producer and consumer") << QString::fromUtf8(kProducerConsumer);
        QTest::newRow("spawns tasks forever") << QString::fromUtf8(kSpawnsForever);
    }

    // A scenario that never ends, played for a long virtual time through the live run:
    // the engine stays a batch ahead of the playhead all along, and the run stops at its
    // event budget with a message instead of growing without end.
    void soakEndsAtTheBudget()
    {
        QFETCH(QString, source);
        constexpr uint64_t kBatch = 2000;
        constexpr uint64_t kBudget = 40'000;
        // The engine notices a stop request at its next checkpoint (4096 units of work),
        // so a few thousand events may follow the one that reached the budget.
        constexpr uint64_t kOvershoot = 8192;
        // 26 bytes of columns per event, the instants' times, and the printed strings.
        constexpr double kBytesPerEvent = 96;
        ScenarioSession session;
        session.setBatchSize(kBatch);
        session.setEventBudget(kBudget);
        Playback playback;
        playback.setFrameTimerEnabled(false);
        playback.setSpeed(Playback::kMaxSpeed);
        connect(&playback, &Playback::needEvents, &session, &ScenarioSession::need);
        connect(&session, &ScenarioSession::traceGrew, &playback, [&] { playback.traceGrew(session.isFinished()); });
        QSignalSpy grew(&session, &ScenarioSession::traceGrew);
        session.run(source, QStringLiteral("soak.py"));
        playback.setTrace(session.trace(), false);
        QVERIFY(grew.wait(10000));
        playback.play();
        uint64_t mostAhead = 0;
        for (int frame = 0; frame < 100'000 && !(session.isFinished() && playback.atEnd()); ++frame) {
            playback.advance(0.5);
            mostAhead = std::max(mostAhead, session.trace()->size() - std::min(playback.playhead(), session.trace()->size()));
            if (!session.isFinished() && playback.playhead() + 20 >= session.trace()->size())
                QVERIFY(grew.wait(10000));
        }
        QVERIFY(session.isFinished());
        QVERIFY(playback.atEnd());
        QVERIFY(!playback.playing());
        // Never more than the batch the playhead asked for, and the batch after it, ahead.
        QVERIFY2(mostAhead <= 2 * kBatch + kOvershoot, qPrintable(QString::number(mostAhead)));
        const aw::interp::RunResult &result = session.result();
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.find("budget of 40000 events") != std::string::npos, result.err.c_str());
        const aw::trace::Trace &trace = *session.trace();
        QVERIFY2(trace.size() >= kBudget && trace.size() <= kBudget + kOvershoot, qPrintable(QString::number(trace.size())));
        QVERIFY2(trace.memoryBytes() <= kBytesPerEvent * static_cast<double>(trace.size()),
                 qPrintable(QStringLiteral("%1 bytes for %2 events").arg(trace.memoryBytes()).arg(trace.size())));
        QVERIFY(playback.time() > 100);
    }
};

QTEST_GUILESS_MAIN(PlaybackTest)
#include "tst_playback.moc"
