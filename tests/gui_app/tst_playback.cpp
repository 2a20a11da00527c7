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
};

QTEST_GUILESS_MAIN(PlaybackTest)
#include "tst_playback.moc"
