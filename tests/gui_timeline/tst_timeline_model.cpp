// The timeline model built from real runs of scenarios/*.py: resource lanes carry the values
// the scenario's docstring describes, edges and cancel marks land where they happened, and
// building incrementally gives the same model as building at once.

#include "timeline/timeline_model.h"
#include "timeline_test_support.h"

#include <QGuiApplication>
#include <QTest>

using namespace awaitscope;
using aw::aio::WaitKind;

namespace {

const TaskLane *laneNamed(const TimelineModel &m, const QString &name)
{
    for (const TaskLane &l : m.lanes())
        if (l.name == name)
            return &l;
    return nullptr;
}

std::vector<const ResourceLane *> resourcesOf(const TimelineModel &m, ResourceLaneKind kind)
{
    std::vector<const ResourceLane *> out;
    for (const ResourceLane &r : m.resources())
        if (r.kind == kind)
            out.push_back(&r);
    return out;
}

// The state in force at time t: the last sample at or before it.
const ResourceSample &at(const ResourceLane &lane, double t)
{
    static const ResourceSample none;
    const ResourceSample *found = &none;
    for (const ResourceSample &s : lane.samples)
        if (s.time <= t)
            found = &s;
    return *found;
}

uint32_t idOf(const TimelineModel &m, const QString &name)
{
    const TaskLane *l = laneNamed(m, name);
    return l ? l->taskId : 0xFFFFFFFFu;
}

bool hasEdge(const TimelineModel &m, EdgeKind kind, const QString &from, const QString &to, double time)
{
    for (const TaskEdge &e : m.edges())
        if (e.kind == kind && e.from == idOf(m, from) && e.to == idOf(m, to) && e.time == time)
            return true;
    return false;
}

bool sameSpans(const std::vector<StateSpan> &a, const std::vector<StateSpan> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const StateSpan &x, const StateSpan &y) {
        return x.start == y.start && x.end == y.end && x.firstEvent == y.firstEvent && x.endEvent == y.endEvent
            && x.detail == y.detail && x.state == y.state && x.waitKind == y.waitKind;
    });
}

bool sameSamples(const std::vector<ResourceSample> &a, const std::vector<ResourceSample> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ResourceSample &x, const ResourceSample &y) {
        return x.time == y.time && x.seq == y.seq && x.value == y.value && x.holder == y.holder
            && x.waiters == y.waiters && x.task == y.task;
    });
}

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lockLaneFollowsTheHolder();
    void shutdownTasksAreInternal();
    void semaphoreCountsPermits();
    void queueDepthIsAStepGraph();
    void eventIsSetAndCleared();
    void barrierCountsArrivals();
    void executorWorkersRunJobsForTheirTask();
    void loopBlockedByTimeSleep();
    void wakeAndAwaitEdges();
    void cancelMarks();
    void incrementalEqualsWhole_data();
    void incrementalEqualsWhole();
    void aShorterTraceStartsOver();
};

void TestTimelineModel::lockLaneFollowsTheHolder()
{
    const TimelineModel m(*test::runScenarioFile("default.py"));
    const auto locks = resourcesOf(m, ResourceLaneKind::Lock);
    QCOMPARE(locks.size(), size_t(1));
    const ResourceLane &lock = *locks[0];
    QCOMPARE(at(lock, 0.5).value, 1);
    QCOMPARE(at(lock, 0.5).task, idOf(m, "Task-2") + 1);
    QCOMPARE(at(lock, 0.5).waiters, 2u);
    QCOMPARE(at(lock, 1.5).task, idOf(m, "Task-3") + 1);
    QCOMPARE(at(lock, 1.5).waiters, 1u);
    QCOMPARE(at(lock, 2.5).task, idOf(m, "Task-4") + 1);
    QCOMPARE(at(lock, 2.5).waiters, 0u);
    QCOMPARE(at(lock, 3.0).value, 0);
    QCOMPARE(lock.maxWaiters, 2u);
}

void TestTimelineModel::shutdownTasksAreInternal()
{
    const TimelineModel m(*test::runScenarioFile("default.py"));
    int internal = 0;
    for (const TaskLane &l : m.lanes()) {
        QCOMPARE(l.internal, l.coroutine.startsWith("BaseEventLoop.shutdown_"));
        internal += l.internal;
    }
    QCOMPARE(internal, 2);
    // They come after the user's tasks.
    QVERIFY(m.lanes()[m.order().back()].internal);
    QVERIFY(!m.lanes()[m.order().front()].internal);
}

void TestTimelineModel::semaphoreCountsPermits()
{
    const TimelineModel m(*test::runScenarioFile("api_semaphore_bounded.py"));
    const auto sems = resourcesOf(m, ResourceLaneKind::Semaphore);
    QVERIFY(sems.size() >= 1);
    const ResourceLane &sem = *sems[0]; // Semaphore(2) shared by five workers
    QCOMPARE(sem.maxValue, 2);
    QCOMPARE(at(sem, 0.5).value, 0);
    QCOMPARE(at(sem, 0.5).waiters, 3u);
    QCOMPARE(at(sem, 1.5).value, 0);
    QCOMPARE(at(sem, 1.5).waiters, 1u);
    QCOMPARE(at(sem, 2.5).value, 1);
    QCOMPARE(at(sem, 2.5).waiters, 0u);
}

void TestTimelineModel::queueDepthIsAStepGraph()
{
    const TimelineModel m(*test::runScenarioFile("api_producer_consumer.py"));
    const auto queues = resourcesOf(m, ResourceLaneKind::Queue);
    QCOMPARE(queues.size(), size_t(1));
    const ResourceLane &q = *queues[0];
    QCOMPARE(q.maxValue, 2); // Queue(maxsize=2) fills up
    bool producersWaitedForRoom = false;
    for (size_t i = 0; i < q.samples.size(); ++i) {
        QVERIFY(q.samples[i].value >= 0 && q.samples[i].value <= 2);
        if (i > 0)
            QVERIFY(q.samples[i].seq > q.samples[i - 1].seq);
        producersWaitedForRoom |= q.samples[i].value == 2 && q.samples[i].waiters > 0;
    }
    QVERIFY(producersWaitedForRoom);
    QCOMPARE(q.samples.back().value, 0); // the consumers took everything, sentinels included
}

void TestTimelineModel::eventIsSetAndCleared()
{
    const TimelineModel m(*test::runScenarioFile("api_lock_event.py"));
    const auto events = resourcesOf(m, ResourceLaneKind::Event);
    QCOMPARE(events.size(), size_t(1));
    const ResourceLane &ev = *events[0];
    QCOMPARE(at(ev, 3.4).value, 0);
    QCOMPARE(at(ev, 3.4).waiters, 3u); // three watchers
    bool setAt35 = false;              // set at 3.5, and cleared at that instant once they ran
    for (const ResourceSample &s : ev.samples)
        setAt35 |= s.time == 3.5 && s.value == 1;
    QVERIFY(setAt35);
    QCOMPARE(at(ev, 3.9).value, 0);    // a late watcher waits ...
    QCOMPARE(at(ev, 3.9).waiters, 1u);
    QCOMPARE(at(ev, 4.0).value, 1);    // ... until the second set at 4
    QCOMPARE(ev.samples.back().value, 1);
}

void TestTimelineModel::barrierCountsArrivals()
{
    const TimelineModel m(*test::runScenarioFile("api_barrier.py"));
    const auto barriers = resourcesOf(m, ResourceLaneKind::Barrier);
    QCOMPARE(barriers.size(), size_t(1));
    const ResourceLane &b = *barriers[0];
    QCOMPARE(at(b, 1.5).value, 1);
    QCOMPARE(at(b, 2.5).value, 2);
    QCOMPARE(at(b, 3.5).value, 0); // the third arrival lets all pass ...
    QCOMPARE(b.maxValue, 3);       // ... after counting itself
}

void TestTimelineModel::executorWorkersRunJobsForTheirTask()
{
    const TimelineModel m(*test::runScenarioFile("api_executor_threadpool.py"));
    const auto workers = resourcesOf(m, ResourceLaneKind::ExecutorWorker);
    QCOMPARE(workers.size(), size_t(5)); // three default workers, a pool of two
    const uint32_t main = idOf(m, "Task-1") + 1;
    for (int w = 0; w < 3; ++w) {
        QCOMPARE(at(*workers[size_t(w)], 0.5).value, 1);
        QCOMPARE(at(*workers[size_t(w)], 0.5).task, main);
        QCOMPARE(at(*workers[size_t(w)], 1.5).value, 0);
    }
    // The pool: jobs a and b from 1 to 3, then c on the first worker from 3 to 5. Job c
    // starts in a callback when a worker frees up, and main awaits it inside a gather, so
    // the trace does not say whose job it is.
    const ResourceLane &first = *workers[3];
    QCOMPARE(at(first, 2.0).value, 1);
    QCOMPARE(at(first, 2.0).task, main);
    QCOMPARE(at(first, 4.0).value, 1);
    QCOMPARE(at(first, 4.0).holder, 2u + 1);
    QCOMPARE(at(first, 4.0).task, 0u);
    QCOMPARE(at(*workers[4], 4.0).value, 0);
}

void TestTimelineModel::loopBlockedByTimeSleep()
{
    const TimelineModel m(*test::runSource(R"(import asyncio, time

async def blocker():
    await asyncio.sleep(1)
    time.sleep(2)

async def main():
    await asyncio.gather(blocker(), asyncio.sleep(0.5))

asyncio.run(main())
)"));
    const auto blocked = resourcesOf(m, ResourceLaneKind::LoopBlocked);
    QCOMPARE(blocked.size(), size_t(1));
    const ResourceLane &lane = *blocked[0];
    QCOMPARE(lane.samples.size(), size_t(2));
    QCOMPARE(lane.samples[0].time, 1.0);
    QCOMPARE(lane.samples[0].value, 1);
    QCOMPARE(lane.samples[0].task, idOf(m, "Task-2") + 1);
    QCOMPARE(lane.samples[1].time, 3.0);
    QCOMPARE(lane.samples[1].value, 0);
    // In event order the block ends at the first event at or after t = 3.
    QCOMPARE(m.timeOfEvent(lane.samples[1].seq), 3.0);
    QVERIFY(m.timeOfEvent(lane.samples[1].seq - 1) < 3.0);
    QCOMPARE(m.endTime(), 3.0);
}

void TestTimelineModel::wakeAndAwaitEdges()
{
    const TimelineModel m(*test::runScenarioFile("default.py"));
    // Releasing the lock at t = 1, Task-2 wakes Task-3.
    QVERIFY(hasEdge(m, EdgeKind::Wake, "Task-2", "Task-3", 1.0));
    QVERIFY(hasEdge(m, EdgeKind::Wake, "Task-3", "Task-4", 2.0));
    // main gathers the three workers.
    for (const char *worker : {"Task-2", "Task-3", "Task-4"})
        QVERIFY(hasEdge(m, EdgeKind::Await, "Task-1", worker, 0.0));
    for (size_t i = 1; i < m.edges().size(); ++i)
        QVERIFY(m.edges()[i].seq >= m.edges()[i - 1].seq);
    const TimelineModel cancel(*test::runScenarioFile("api_cancel_message.py"));
    bool awaitsSleeper = false;
    for (const TaskEdge &e : cancel.edges())
        awaitsSleeper |= e.kind == EdgeKind::Await && e.wait == WaitKind::Task && e.from == idOf(cancel, "Task-1")
                      && e.to == idOf(cancel, "sleeper") && e.time == 1.0;
    QVERIFY(awaitsSleeper);
}

void TestTimelineModel::cancelMarks()
{
    const TimelineModel m(*test::runScenarioFile("api_cancel_message.py"));
    // Named with create_task(name=...): the name replaces Task-2.
    const uint32_t sleeper = idOf(m, "sleeper");
    const CancelMark *requested = nullptr;
    const CancelMark *delivered = nullptr;
    for (const CancelMark &c : m.cancelMarks()) {
        if (c.task == sleeper && !c.delivered)
            requested = &c;
        if (c.task == sleeper && c.delivered)
            delivered = &c;
    }
    QVERIFY(requested && delivered);
    QCOMPARE(requested->time, 1.0);
    QCOMPARE(requested->by, idOf(m, "Task-1") + 1);
    QVERIFY2(m.text(requested->message).contains("user pressed stop"), qPrintable(m.text(requested->message)));
    QCOMPARE(delivered->time, 1.0);
    QVERIFY(delivered->seq > requested->seq);
    QCOMPARE(laneNamed(m, "sleeper")->spans.back().state, TaskState::Cancelled);
}

void TestTimelineModel::incrementalEqualsWhole_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("chunk");
    for (const char *s : {"default.py", "api_producer_consumer.py", "api_executor_threadpool.py", "api_cancel_message.py",
                          "api_barrier.py"}) {
        for (int chunk : {1, 7, 64})
            QTest::addRow("%s/%d", s, chunk) << QString(s) << chunk;
    }
}

void TestTimelineModel::incrementalEqualsWhole()
{
    QFETCH(QString, scenario);
    QFETCH(int, chunk);
    const auto trace = test::runScenarioFile(scenario);
    const TimelineModel whole(*trace);
    TimelineModel live;
    int updates = 0;
    test::replayInChunks(*trace, uint64_t(chunk), [&](const aw::trace::Trace &t) {
        live.update(t);
        ++updates;
        // Mid-run the order is always complete and the open spans reach the present.
        QCOMPARE(live.order().size(), live.lanes().size());
    });
    QCOMPARE(uint64_t(updates), (trace->size() + uint64_t(chunk) - 1) / uint64_t(chunk));
    QCOMPARE(live.eventCount(), whole.eventCount());
    QCOMPARE(live.endTime(), whole.endTime());
    QCOMPARE(live.lanes().size(), whole.lanes().size());
    for (size_t i = 0; i < whole.lanes().size(); ++i) {
        QCOMPARE(live.lanes()[i].name, whole.lanes()[i].name);
        QCOMPARE(live.lanes()[i].internal, whole.lanes()[i].internal);
        QVERIFY2(sameSpans(live.lanes()[i].spans, whole.lanes()[i].spans), qPrintable(whole.lanes()[i].name));
    }
    QCOMPARE(live.order(), whole.order());
    QCOMPARE(live.resources().size(), whole.resources().size());
    for (size_t i = 0; i < whole.resources().size(); ++i)
        QVERIFY(sameSamples(live.resources()[i].samples, whole.resources()[i].samples));
    QCOMPARE(live.edges().size(), whole.edges().size());
    QCOMPARE(live.cancelMarks().size(), whole.cancelMarks().size());
}

void TestTimelineModel::aShorterTraceStartsOver()
{
    TimelineModel m(*test::runScenarioFile("api_producer_consumer.py"));
    const auto small = test::smallTrace();
    m.update(*small);
    QCOMPARE(m.eventCount(), small->size());
    QCOMPARE(m.lanes().size(), size_t(4));
    QCOMPARE(m.endTime(), 2.0);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestTimelineModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timeline_model.moc"
