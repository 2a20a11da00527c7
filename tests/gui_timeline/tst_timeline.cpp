// The timeline model built from a real run, and what the painter draws for it (checked by
// pixel colour at known lanes and times), headless.

#include "interp/scenario_runner.h"
#include "timeline/timeline_painter.h"
#include "timeline_test_support.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace awaitscope;

namespace {

const char *const kScenario = R"(import asyncio

async def worker(name, lock):
    async with lock:
        await asyncio.sleep(1)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(i, lock) for i in range(2)))

asyncio.run(main())
)";

const TaskLane &lane(const TimelineModel &m, const QString &name)
{
    for (const TaskLane &l : m.lanes())
        if (l.name == name)
            return l;
    static const TaskLane none;
    return none;
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lanesFollowTheRun();
    void paintsStatesWhereTheyHappen();
    void exportCarriesTitleAxisLabelsAndLegend();
    void darkPaletteAndResourceLane();
    void exportRangeAndFilter();
    void stepModeDimsInternalTasks();
    void playheadHidesLaterEvents();
};

void TestTimeline::lanesFollowTheRun()
{
    auto r = aw::interp::runScenario(kScenario, "lock.py");
    QCOMPARE(r.run.exitCode, 0);
    const TimelineModel model(*r.trace);
    QCOMPARE(model.endTime(), 2.0);
    // Task-2 holds the lock and sleeps 0..1; Task-3 waits for the lock 0..1, then sleeps 1..2.
    const TaskLane &second = lane(model, "Task-3");
    QCOMPARE(second.coroutine, QString("worker"));
    QCOMPARE(second.depth, 1);
    bool waitedOnLock = false;
    for (const StateSpan &s : second.spans) {
        if (s.state == TaskState::Waiting && s.waitKind == aw::aio::WaitKind::Lock) {
            QCOMPARE(s.start, 0.0);
            QCOMPARE(s.end, 1.0);
            waitedOnLock = true;
        }
    }
    QVERIFY(waitedOnLock);
    QCOMPARE(second.spans.back().state, TaskState::Done);
    QCOMPARE(second.spans.back().start, 2.0);
    // Each task comes right after the task that created it.
    QCOMPARE(model.lanes()[model.order()[0]].name, QString("Task-1"));
    QCOMPARE(model.lanes()[model.order()[1]].name, QString("Task-2"));
}

void TestTimeline::paintsStatesWhereTheyHappen()
{
    auto r = aw::interp::runScenario(kScenario, "lock.py");
    const TimelineModel model(*r.trace);
    TimelineStyle style;
    const double width = 1000;
    const QSizeF size = timelineSize(model, width, style);
    QImage image(size.toSize(), QImage::Format_ARGB32);
    {
        QPainter p(&image);
        paintTimeline(p, model, QRectF(QPointF(0, 0), size), style);
    }
    // The plot spans labelWidth..width-12 for 0..2 s; lanes start below the 28 px axis.
    auto xOf = [&](double t) { return int(style.labelWidth + t / 2.0 * (width - 12 - style.labelWidth)); };
    auto yOf = [&](int row) { return int(28 + style.laneHeight * (row + 0.5)); };
    const QColor lockColor = stateColor(TaskState::Waiting, aw::aio::WaitKind::Lock);
    const QColor sleepColor = stateColor(TaskState::Waiting, aw::aio::WaitKind::Sleep);
    QCOMPARE(image.pixelColor(xOf(0.5), yOf(1)), sleepColor); // Task-2 sleeping at 0.5 s
    QCOMPARE(image.pixelColor(xOf(0.5), yOf(2)), lockColor);  // Task-3 waiting for the lock
    QCOMPARE(image.pixelColor(xOf(1.5), yOf(2)), sleepColor); // then sleeping
}

namespace {

QImage render(const TimelineModel &model, const TimelineStyle &style, double width = 1000)
{
    const QSizeF size = timelineSize(model, width, style);
    QImage image(size.toSize(), QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    QPainter p(&image);
    paintTimeline(p, model, QRectF(QPointF(0, 0), size), style);
    return image;
}

// Pixels in `rect` that differ from `background`.
int inkIn(const QImage &image, const QRect &rect, const QColor &background)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            n += image.pixelColor(x, y) != background;
    return n;
}

} // namespace

void TestTimeline::exportCarriesTitleAxisLabelsAndLegend()
{
    const TimelineModel model(*test::runScenarioFile("default.py"));
    TimelineStyle style;
    style.title = "default.py";
    const QImage image = render(model, style);
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white)); // all painted, no magenta left
    QVERIFY(inkIn(image, QRect(8, 4, 200, 26), Qt::white) > 50); // the title
    const TimelinePalette pal = TimelinePalette::forTheme(false);
    QVERIFY(inkIn(image, QRect(190, 34, 600, 20), pal.axisBackground) > 50); // axis labels
    QVERIFY(inkIn(image, QRect(20, 34 + 28 + 24, 150, 18), pal.labelBackground) > 30); // a lane label
    // The legend's first swatch is "ready".
    const int legendTop = image.height() - int(legendHeight(1000));
    QCOMPARE(image.pixelColor(16, legendTop + 8 + 11), stateColor(TaskState::Ready, aw::aio::WaitKind::Nothing));
}

void TestTimeline::darkPaletteAndResourceLane()
{
    const TimelineModel model(*test::runScenarioFile("default.py"));
    TimelineStyle style;
    style.dark = true;
    const QImage image = render(model, style);
    const TimelinePalette pal = TimelinePalette::forTheme(true);
    QCOMPARE(image.pixelColor(image.width() - 3, image.height() - 3), pal.background);
    // The lock's lane comes after six task lanes and the "Resources" header: held (lock
    // colour) at 0.5 s, in its upper half above the waiters' strip.
    const double plotLeft = style.labelWidth;
    const double plotWidth = 1000 - 12 - plotLeft;
    const int x = int(plotLeft + 0.5 / 3.0 * plotWidth);
    const int laneTop = int(28 + 6 * style.laneHeight + 22);
    QCOMPARE(image.pixelColor(x, laneTop + 8), resourceColor(ResourceLaneKind::Lock));
    QCOMPARE(image.pixelColor(x, laneTop + 28 - 5), pal.waiters);
}

void TestTimeline::exportRangeAndFilter()
{
    auto r = aw::interp::runScenario(kScenario, "lock.py");
    const TimelineModel model(*r.trace);
    TimelineStyle style;
    style.timeFrom = 1.0;
    style.timeTo = 2.0;
    style.showResources = false;
    const QImage image = render(model, style);
    // 1..2 s fills the plot: Task-3 (row 2) sleeps throughout, Task-2 (row 1) is done.
    const double width = 1000 - 12 - style.labelWidth;
    const int y2 = int(28 + style.laneHeight * 2.5);
    QCOMPARE(image.pixelColor(int(style.labelWidth + width * 0.1), y2), stateColor(TaskState::Waiting, aw::aio::WaitKind::Sleep));
    QCOMPARE(image.pixelColor(int(style.labelWidth + width * 0.9), y2), stateColor(TaskState::Waiting, aw::aio::WaitKind::Sleep));
    const QSizeF all = timelineSize(model, 1000, style);
    style.taskFilter = "Task-3";
    const QSizeF filtered = timelineSize(model, 1000, style);
    QCOMPARE(all.height() - filtered.height(), style.laneHeight * 3); // Task-2 and two shutdown tasks go
    style.showResources = true;
    QVERIFY(timelineSize(model, 1000, style).height() > filtered.height());
}

void TestTimeline::stepModeDimsInternalTasks()
{
    const TimelineModel model(*test::runScenarioFile("default.py"));
    TimelineStyle style;
    style.stepMode = true;
    style.showResources = false;
    const QSizeF size = timelineSize(model, 1000, style);
    QImage image(size.toSize(), QImage::Format_ARGB32);
    {
        QPainter p(&image);
        paintTimeline(p, model, QRectF(QPointF(0, 0), size), style);
    }
    TimelineGeometry g(model);
    g.setStepMode(true);
    g.setShowResources(false);
    g.setArea(QRectF(0, 0, 1000, 28 + g.contentHeight()));
    const TimelinePalette pal = TimelinePalette::forTheme(false);
    // shutdown_asyncgens runs in a slot of its own: dimmed running colour.
    const int row = g.rowOfTask(model.lanes()[model.order()[4]].taskId);
    const TaskLane &lane = model.lanes()[model.order()[4]];
    QVERIFY(lane.internal);
    const StateSpan *running = nullptr;
    for (const StateSpan &s : lane.spans)
        if (s.state == TaskState::Running)
            running = &s;
    QVERIFY(running);
    const QPoint at(int(g.xOfSeq(running->firstEvent) + 0.5 * (g.xOfSeq(running->endEvent) - g.xOfSeq(running->firstEvent))),
                    int(g.rowTop(row) + style.laneHeight / 2));
    QCOMPARE(image.pixelColor(at).rgb(), pal.dimmed(stateColor(TaskState::Running, aw::aio::WaitKind::Nothing)).rgb());
}

void TestTimeline::playheadHidesLaterEvents()
{
    auto r = aw::interp::runScenario(kScenario, "lock.py");
    const TimelineModel model(*r.trace);
    TimelineGeometry g(model);
    g.setArea(QRectF(0, 0, 1000, 200));
    g.setPlayhead(model.firstEventAtOrAfter(1.0) - 1); // the last event at t = 0
    QImage image(1000, 200, QImage::Format_ARGB32);
    {
        QPainter p(&image);
        paintTimelineView(p, g, TimelinePaintOptions());
    }
    const TimelinePalette pal = TimelinePalette::forTheme(false);
    // The playhead sits at t = 0; Task-2's sleep, which lasts until 1 s, is not drawn yet.
    QCOMPARE(image.pixelColor(int(g.xOfTime(0.0)), 100), pal.playhead);
    const QColor later = image.pixelColor(int(g.xOfTime(0.5)), int(g.rowTop(1) + 11));
    QVERIFY(later != stateColor(TaskState::Waiting, aw::aio::WaitKind::Sleep));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTimeline test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timeline.moc"
