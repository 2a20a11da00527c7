// TimelineGeometry on a hand-made trace: x <-> time, step mode, rows and collapsing,
// filtering, hit testing, the playhead and the level of detail.

#include "timeline/timeline_geometry.h"
#include "timeline/timeline_tooltip.h"
#include "timeline_test_support.h"

#include <QGuiApplication>
#include <QTest>

using namespace awaitscope;
using aw::trace::EventKind;

namespace {

// 1000 px wide: the plot spans x = 180 .. 988 (808 px), rows start at y = 28.
constexpr double kLeft = 180;
constexpr double kWidth = 808;

int taskRows(const TimelineGeometry &g)
{
    int n = 0;
    for (const TimelineRow &r : g.rows())
        n += r.kind == TimelineRow::Kind::Task;
    return n;
}

// Two tasks each holding one lock and wanting the other's, from t = 1 on.
const char *const kDeadlock = R"(import asyncio

async def take(first, second, name):
    async with first:
        await asyncio.sleep(1)
        async with second:
            print(name, "never")

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(take(a, b, "x"), take(b, a, "y"))

asyncio.run(main())
)";

double rowMiddle(const TimelineGeometry &g, int row)
{
    return g.rowTop(row) + g.rows()[size_t(row)].height / 2;
}

} // namespace

class TestTimelineGeometry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void timeToPixel_data();
    void timeToPixel();
    void zoomKeepsTheAnchorAndPanClamps();
    void stepModeSpreadsAnInstant();
    void stepModeAxisLabelsEachInstant();
    void seqUnderTheCursor();
    void rowsFollowTheTreeAndCollapse();
    void filterKeepsAncestors();
    void resourceRowsComeLast();
    void hitTesting();
    void toolTipsDescribeTheSpan();
    void playheadClipsTheLanes();
    void levelOfDetailMergesSubPixelSpans();
    void deadlockedWaitsReachTheEndOfTheAxis();

private:
    std::shared_ptr<aw::trace::Trace> m_trace;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<TimelineGeometry> m_g;
};

void TestTimelineGeometry::init()
{
    m_trace = test::smallTrace();
    m_model = std::make_unique<TimelineModel>(*m_trace);
    m_g = std::make_unique<TimelineGeometry>(*m_model);
    m_g->setArea(QRectF(0, 0, 1000, 600));
}

void TestTimelineGeometry::timeToPixel_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<double>("x");
    QTest::newRow("start") << 0.0 << kLeft;
    QTest::newRow("quarter") << 0.5 << kLeft + kWidth / 4;
    QTest::newRow("middle") << 1.0 << kLeft + kWidth / 2;
    QTest::newRow("end") << 2.0 << kLeft + kWidth;
    QTest::newRow("beyond") << 3.0 << kLeft + kWidth * 1.5;
}

void TestTimelineGeometry::timeToPixel()
{
    QFETCH(double, time);
    QFETCH(double, x);
    QCOMPARE(m_g->fullRange(), std::make_pair(0.0, 2.0));
    QCOMPARE(m_g->xOfTime(time), x);
    QCOMPARE(m_g->timeAt(x), time);
}

void TestTimelineGeometry::zoomKeepsTheAnchorAndPanClamps()
{
    const double anchor = m_g->xOfTime(1.5);
    m_g->zoom(4, anchor);
    QCOMPARE(m_g->rangeTo() - m_g->rangeFrom(), 0.5);
    QCOMPARE(m_g->xOfTime(1.5), anchor);
    m_g->panPixels(-kWidth * 10); // far left: stops at the start
    QCOMPARE(m_g->rangeFrom(), 0.0);
    QCOMPARE(m_g->rangeTo(), 0.5);
    m_g->panPixels(kWidth * 10);
    QCOMPARE(m_g->rangeTo(), 2.0);
    m_g->zoom(0.001, kLeft); // zooming out stops at the whole run
    QCOMPARE(m_g->rangeFrom(), 0.0);
    QCOMPARE(m_g->rangeTo(), 2.0);
}

void TestTimelineGeometry::stepModeSpreadsAnInstant()
{
    m_g->setStepMode(true);
    QCOMPARE(m_g->fullRange(), std::make_pair(0.0, 33.0));
    QCOMPARE(m_g->rangeFrom(), 0.0);
    QCOMPARE(m_g->rangeTo(), 33.0);
    // 18 events at t = 0 take 18 slots: event 9 sits in the middle of them.
    QCOMPARE(m_g->xOfSeq(9), kLeft + kWidth * 9 / 33);
    QCOMPARE(m_g->xOfTime(1.0), m_g->xOfSeq(18)); // an instant starts at its first event
    QCOMPARE(m_g->timeAt(m_g->xOfSeq(20) + 1), 1.0);
    QCOMPARE(m_g->seqAt(m_g->xOfSeq(20) + 1), uint64_t(20));
    QCOMPARE(m_g->timeRange(), std::make_pair(0.0, 2.0));
    // Back in time mode the same stretch is shown; a single instant opens up to the end.
    m_g->setRange(0, 22);
    m_g->setStepMode(false);
    QCOMPARE(m_g->rangeFrom(), 0.0);
    QCOMPARE(m_g->rangeTo(), 1.0);
    m_g->setStepMode(true);
    QCOMPARE(m_g->rangeFrom(), 0.0);
    QCOMPARE(m_g->rangeTo(), 22.0);
    m_g->setRange(18, 22);
    m_g->setStepMode(false);
    QCOMPARE(m_g->rangeFrom(), 1.0);
    QCOMPARE(m_g->rangeTo(), 2.0);
}

void TestTimelineGeometry::stepModeAxisLabelsEachInstant()
{
    m_g->setStepMode(true);
    const std::vector<AxisTick> ticks = m_g->axisTicks(60);
    QCOMPARE(ticks.size(), size_t(3));
    QCOMPARE(ticks[0].x, m_g->xOfSeq(0));
    QCOMPARE(ticks[1].x, m_g->xOfSeq(18));
    QCOMPARE(ticks[2].x, m_g->xOfSeq(22));
    QCOMPARE(ticks[1].label, QString("1 s"));
    QCOMPARE(ticks[2].label, QString("2 s"));
    // Time mode: round seconds.
    m_g->setStepMode(false);
    const std::vector<AxisTick> seconds = m_g->axisTicks(90);
    QVERIFY(seconds.size() >= 3);
    QCOMPARE(seconds.front().x, kLeft);
    QCOMPARE(seconds.back().x, kLeft + kWidth);
    QCOMPARE(seconds.back().label, QString("2.0 s"));
}

void TestTimelineGeometry::seqUnderTheCursor()
{
    // Time mode: the last event at or before the time under x.
    QCOMPARE(m_g->seqAt(m_g->xOfTime(0.5)), uint64_t(17));
    QCOMPARE(m_g->seqAt(m_g->xOfTime(1.0)), uint64_t(21));
    QCOMPARE(m_g->seqAt(kLeft + kWidth + 50), uint64_t(32));
}

void TestTimelineGeometry::rowsFollowTheTreeAndCollapse()
{
    QCOMPARE(taskRows(*m_g), 4);
    QCOMPARE(m_g->rows()[0].hasChildren, true);
    QCOMPARE(m_g->rows()[3].depth, uint16_t(2));
    QCOMPARE(m_g->rowOfTask(3), 3);
    m_g->setCollapsed(2, true); // Task-3 hides Task-4
    QCOMPARE(taskRows(*m_g), 3);
    QCOMPARE(m_g->rowOfTask(3), -1);
    QVERIFY(m_g->rows()[2].collapsed);
    m_g->setCollapsed(0, true); // main hides everything below it
    QCOMPARE(taskRows(*m_g), 1);
    m_g->setCollapsed(0, false); // Task-3 stays collapsed
    QCOMPARE(taskRows(*m_g), 3);
    QVERIFY(m_g->isCollapsed(2));
    // Rows stack without gaps.
    for (size_t i = 1; i < m_g->rows().size(); ++i)
        QCOMPARE(m_g->rows()[i].top, m_g->rows()[i - 1].top + m_g->rows()[i - 1].height);
}

void TestTimelineGeometry::filterKeepsAncestors()
{
    m_g->setTaskFilter("WORKER");
    QCOMPARE(taskRows(*m_g), 3); // Task-4 worker, and its parent and grandparent
    QCOMPARE(m_g->rowOfTask(1), -1);
    m_g->setTaskFilter("Task-2");
    QCOMPARE(taskRows(*m_g), 2);
    m_g->setTaskFilter("no such task");
    QCOMPARE(taskRows(*m_g), 0);
    m_g->setTaskFilter(QString());
    QCOMPARE(taskRows(*m_g), 4);
}

void TestTimelineGeometry::resourceRowsComeLast()
{
    QCOMPARE(m_g->rows().size(), size_t(6));
    QCOMPARE(m_g->rows()[4].kind, TimelineRow::Kind::ResourceHeader);
    QCOMPARE(m_g->rows()[5].kind, TimelineRow::Kind::Resource);
    QCOMPARE(m_g->contentHeight(), 4 * 22.0 + 22 + 28);
    m_g->setShowResources(false);
    QCOMPARE(m_g->rows().size(), size_t(4));
}

void TestTimelineGeometry::hitTesting()
{
    // Task-2 (row 1) sleeps from 0 to 1: its third span.
    TimelineHit hit = m_g->hitTest(QPointF(m_g->xOfTime(0.5), rowMiddle(*m_g, 1)));
    QCOMPARE(hit.kind, TimelineHit::Kind::Span);
    QCOMPARE(hit.row, 1);
    QCOMPARE(hit.item, int64_t(2));
    QCOMPARE(m_model->lanes()[1].spans[2].waitKind, aw::aio::WaitKind::Sleep);
    // Its end at t = 1 has no width, but is found within a few pixels.
    hit = m_g->hitTest(QPointF(m_g->xOfTime(1.0) + 2, rowMiddle(*m_g, 1)));
    QCOMPARE(m_model->lanes()[1].spans[size_t(hit.item)].state, TaskState::Done);
    // After it finished the lane is empty.
    hit = m_g->hitTest(QPointF(m_g->xOfTime(1.5), rowMiddle(*m_g, 1)));
    QCOMPARE(hit.kind, TimelineHit::Kind::EmptyLane);
    QCOMPARE(hit.seq, uint64_t(21));
    hit = m_g->hitTest(QPointF(40, rowMiddle(*m_g, 1)));
    QCOMPARE(hit.kind, TimelineHit::Kind::Label);
    hit = m_g->hitTest(m_g->expanderRect(0).center());
    QCOMPARE(hit.kind, TimelineHit::Kind::Expander);
    QCOMPARE(hit.row, 0);
    hit = m_g->hitTest(QPointF(m_g->xOfTime(1.0), 10));
    QCOMPARE(hit.kind, TimelineHit::Kind::Axis);
    QCOMPARE(hit.seq, uint64_t(21));
    hit = m_g->hitTest(QPointF(m_g->xOfTime(1.0), 590));
    QCOMPARE(hit.kind, TimelineHit::Kind::Nothing);
    // The lock lane: held with one waiter from 0 to 2.
    hit = m_g->hitTest(QPointF(m_g->xOfTime(1.0), rowMiddle(*m_g, 5)));
    QCOMPARE(hit.kind, TimelineHit::Kind::Resource);
    QCOMPARE(hit.item, int64_t(0));
    // Scrolling moves the rows under the point.
    m_g->setScrollY(22);
    QCOMPARE(m_g->rowAt(28 + 5), 1);
}

void TestTimelineGeometry::toolTipsDescribeTheSpan()
{
    const QString sleeping = timelineToolTip(*m_g, m_g->hitTest(QPointF(m_g->xOfTime(0.5), rowMiddle(*m_g, 1))));
    QVERIFY2(sleeping.contains("Task-2") && sleeping.contains("sleeper") && sleeping.contains("0 s to 1 s"),
             qPrintable(sleeping));
    const QString lock = timelineToolTip(*m_g, m_g->hitTest(QPointF(m_g->xOfTime(0.5), rowMiddle(*m_g, 2))));
    QVERIFY2(lock.contains("Lock 'db'"), qPrintable(lock));
    const QString resource = timelineToolTip(*m_g, m_g->hitTest(QPointF(m_g->xOfTime(0.5), rowMiddle(*m_g, 5))));
    QVERIFY2(resource.contains("held by Task-1") && resource.contains("1 task(s) waiting"), qPrintable(resource));
}

void TestTimelineGeometry::playheadClipsTheLanes()
{
    m_g->setStepMode(true);
    std::vector<TimelineRun> runs;
    m_g->runs(0, runs); // main: its gather wait (span 2) lasts until event 30
    QCOMPARE(m_model->lanes()[0].spans[2].waitKind, aw::aio::WaitKind::Gather);
    const auto waiting = std::find_if(runs.begin(), runs.end(), [](const TimelineRun &r) { return r.item == 2; });
    QVERIFY(waiting != runs.end());
    QCOMPARE(waiting->x1, m_g->xOfSeq(30));
    m_g->setPlayhead(20);
    QCOMPARE(m_g->playheadX(), m_g->xOfSeq(21));
    m_g->runs(0, runs);
    QCOMPARE(runs.back().x1, m_g->xOfSeq(21));
    m_g->runs(1, runs); // Task-2 finished at event 20: its end marker is shown
    QCOMPARE(m_model->lanes()[1].spans[runs.back().item].state, TaskState::Done);
    m_g->setPlayhead(19);
    m_g->runs(1, runs);
    QCOMPARE(m_model->lanes()[1].spans[runs.back().item].state, TaskState::Running);
    // Time mode: the lanes stop at the playhead's time.
    m_g->setStepMode(false);
    m_g->runs(0, runs);
    QCOMPARE(runs.back().x1, m_g->xOfTime(1.0));
}

void TestTimelineGeometry::levelOfDetailMergesSubPixelSpans()
{
    // One task alternating 0.1 ms running and 0.4 ms sleeping for 1 s, then sleeping 1 s:
    // about five switches per pixel, then one wide span.
    aw::trace::Trace trace;
    trace.append(EventKind::TaskCreated, 0, 0, 0, 0, trace.intern("Task-1") | uint64_t(trace.intern("busy")) << 32);
    double t = 0;
    for (int i = 0; i < 2000; ++i) {
        trace.append(EventKind::TaskRunning, 0, t, 0, 0, 0);
        trace.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Sleep), t + 0.0001, 0, 0, 0);
        t += 0.0005;
    }
    trace.append(EventKind::TaskRunning, 0, 2.0, 0, 0, 0);
    trace.append(EventKind::TaskDone, 0, 2.0, 0, 0, aw::trace::kNoString);
    const TimelineModel model(trace);
    TimelineGeometry g(model);
    g.setArea(QRectF(0, 0, 1000, 600));
    std::vector<TimelineRun> runs;
    g.runs(0, runs);
    QVERIFY2(runs.size() <= 404 + 4, qPrintable(QString::number(runs.size())));
    size_t merged = 0;
    for (size_t i = 0; i < runs.size(); ++i) {
        const StateSpan &s = model.lanes()[0].spans[runs[i].item];
        if (runs[i].merged) {
            ++merged;
            QCOMPARE(runs[i].x1 - runs[i].x0, 1.0);
            QCOMPARE(s.state, TaskState::Waiting); // sleeping covers four fifths of each pixel
        }
        if (i > 0)
            QVERIFY(runs[i].x0 >= runs[i - 1].x0);
    }
    QVERIFY(merged > 390);
    // The last sleep is one wide run; zoomed in far enough, nothing merges.
    const auto lastSleep = uint32_t(model.lanes()[0].spans.size() - 3);
    const auto wide = std::find_if(runs.begin(), runs.end(), [&](const TimelineRun &r) { return r.item == lastSleep; });
    QVERIFY(wide != runs.end());
    QVERIFY(!wide->merged);
    QCOMPARE(wide->x1, g.xOfTime(2.0));
    g.setRange(0.5, 0.501);
    g.runs(0, runs);
    for (const TimelineRun &r : runs)
        QVERIFY(!r.merged);
    // Zoomed out to 20 s, a pixel holds about fifty switches: crowded columns are skipped
    // through, and still show the state that dominates them.
    g.setRange(0, 20);
    g.runs(0, runs);
    QVERIFY(runs.size() <= 45);
    for (const TimelineRun &r : runs) {
        if (r.merged)
            QCOMPARE(model.lanes()[0].spans[r.item].state, TaskState::Waiting);
    }
}

void TestTimelineGeometry::deadlockedWaitsReachTheEndOfTheAxis()
{
    const auto trace = test::runSource(kDeadlock);
    const TimelineModel model(*trace);
    QCOMPARE(model.deadlockTime(), 1.0);
    QCOMPARE(model.endTime(), 1.0);
    TimelineGeometry g(model);
    g.setArea(QRectF(0, 0, 1000, 600));
    // The axis goes on past the deadlock, and the view shows all of it.
    QVERIFY(g.endsInDeadlock());
    QCOMPARE(g.fullRange().second, 1.0 + TimelineGeometry::kDeadlockTail);
    QCOMPARE(g.rangeTo(), g.fullRange().second);
    const double axisEnd = g.xOf(g.fullRange().second);
    QCOMPARE(axisEnd, kLeft + kWidth);

    // Every task still waiting is drawn from where its wait began to the end of the axis,
    // with the playhead at the end and without one; a point in the tail finds the wait.
    std::vector<TimelineRun> runs;
    for (uint64_t playhead : {TimelineGeometry::kNoPlayhead, model.eventCount()}) {
        g.setPlayhead(playhead);
        int waiting = 0;
        for (int row = 0; row < int(g.rows().size()); ++row) {
            const TimelineRow &r = g.rows()[size_t(row)];
            if (r.kind != TimelineRow::Kind::Task)
                continue;
            const TaskLane &lane = model.lanes()[r.lane];
            if (lane.spans.back().state != TaskState::Waiting)
                continue;
            ++waiting;
            g.runs(row, runs);
            QVERIFY(!runs.empty());
            QCOMPARE(size_t(runs.back().item), lane.spans.size() - 1);
            QCOMPARE(runs.back().x0, g.xOfTime(lane.spans.back().start));
            QCOMPARE(runs.back().x1, axisEnd);
            const TimelineHit hit = g.hitTest(QPointF(axisEnd - 5, rowMiddle(g, row)));
            QCOMPARE(hit.kind, TimelineHit::Kind::Span);
            QCOMPARE(size_t(hit.item), lane.spans.size() - 1);
        }
        QCOMPARE(waiting, 3); // main in gather, x and y on the locks
    }

    // The locks stay held to the end of the axis too.
    int heldToTheEnd = 0;
    for (const ResourceLane &lane : model.resources()) {
        if (!lane.samples.empty())
            heldToTheEnd += g.sampleExtent(lane, lane.samples.size() - 1).second == g.fullRange().second;
    }
    QCOMPARE(heldToTheEnd, 2);

    // Zoomed into the tail, the waits are still there.
    g.setPlayhead(TimelineGeometry::kNoPlayhead);
    g.setRange(1.05, 1.1);
    g.runs(g.rowOfTask(model.lanes()[1].taskId), runs);
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs.front().x0, kLeft - kWidth); // the wait began at 1.0, off to the left
    QCOMPARE(runs.front().x1, axisEnd);

    // Before the end, the playhead still clips what has not happened yet.
    g.setRange(0, g.fullRange().second);
    g.setPlayhead(model.eventCount() - 1);
    for (int row = 0; row < int(g.rows().size()); ++row) {
        g.runs(row, runs);
        for (const TimelineRun &run : runs)
            QVERIFY(run.x1 <= g.xOfTime(1.0) + 1);
    }

    // Step mode gives every event its slot and needs no tail.
    g.setStepMode(true);
    QVERIFY(!g.endsInDeadlock());
    QCOMPARE(g.fullRange(), std::make_pair(0.0, double(model.eventCount())));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestTimelineGeometry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timeline_geometry.moc"
