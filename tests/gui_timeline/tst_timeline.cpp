// The timeline model built from a real run, and what the painter draws for it (checked by
// pixel colour at known lanes and times), headless.

#include "interp/scenario_runner.h"
#include "timeline/timeline_painter.h"

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

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTimeline test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timeline.moc"
