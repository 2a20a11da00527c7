// TimelineView driven with QTest, offscreen: wheel zoom, keys, clicks that select a task,
// move the playhead or collapse a subtree, and a live trace growing under the view.

#include "timeline/timeline_view.h"
#include "timeline_test_support.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace awaitscope;

namespace {

void wheel(QWidget *target, QPointF pos, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

double rowMiddle(const TimelineGeometry &g, int row)
{
    return g.rowTop(row) + g.rows()[size_t(row)].height / 2;
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlWheelZoomsAroundTheCursor();
    void keysZoomAndFit();
    void clickSelectsATask();
    void clickOnTheAxisRequestsThePlayhead();
    void expanderCollapsesASubtree();
    void dragPans();
    void liveTraceGrows();
    void stepModeAndExportRange();
    void liveViewFollowsThePlayhead();

private:
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init()
{
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1000, 500);
    m_view->setTrace(test::smallTrace());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTimelineView::cleanup()
{
    m_view.reset();
}

void TestTimelineView::ctrlWheelZoomsAroundTheCursor()
{
    const TimelineGeometry &g = m_view->geometry();
    QCOMPARE(g.rangeFrom(), 0.0);
    QCOMPARE(g.rangeTo(), 2.0);
    const double x = g.xOfTime(1.5);
    QSignalSpy range(m_view.get(), &TimelineView::visibleRangeChanged);
    wheel(m_view->viewport(), QPointF(x, 60), 240, Qt::ControlModifier);
    QVERIFY(g.rangeTo() - g.rangeFrom() < 1.5);
    QVERIFY(qAbs(g.timeAt(x) - 1.5) < 1e-9);
    QCOMPARE(range.count(), 1);
    QVERIFY(m_view->horizontalScrollBar()->maximum() > 0);
    // Without Ctrl the wheel scrolls, it does not zoom.
    const double width = g.rangeTo() - g.rangeFrom();
    wheel(m_view->viewport(), QPointF(x, 60), 120, Qt::NoModifier);
    QCOMPARE(g.rangeTo() - g.rangeFrom(), width);
}

void TestTimelineView::keysZoomAndFit()
{
    const TimelineGeometry &g = m_view->geometry();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(g.rangeTo() - g.rangeFrom() < 2.0);
    QTest::keyClick(m_view.get(), Qt::Key_F);
    QCOMPARE(g.rangeFrom(), 0.0);
    QCOMPARE(g.rangeTo(), 2.0);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(g.rangeTo() - g.rangeFrom(), 2.0);
}

void TestTimelineView::clickSelectsATask()
{
    const TimelineGeometry &g = m_view->geometry();
    QSignalSpy selected(m_view.get(), &TimelineView::taskSelected);
    QSignalSpy playhead(m_view.get(), &TimelineView::playheadRequested);
    // Task-2 (row 1) sleeps at 0.5 s.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(int(g.xOfTime(0.5)), int(rowMiddle(g, 1))));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).value<uint32_t>(), 1u);
    QCOMPARE(m_view->selectedTask(), int64_t(1));
    QCOMPARE(playhead.count(), 0);
    // Clicking a label selects too.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(90, int(rowMiddle(g, 3))));
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.at(1).at(0).value<uint32_t>(), 3u);
}

void TestTimelineView::clickOnTheAxisRequestsThePlayhead()
{
    const TimelineGeometry &g = m_view->geometry();
    QSignalSpy playhead(m_view.get(), &TimelineView::playheadRequested);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(int(g.xOfTime(1.0)) + 1, 10));
    QCOMPARE(playhead.count(), 1);
    QCOMPARE(playhead.at(0).at(0).value<uint64_t>(), uint64_t(21));
    // An empty stretch of a lane: Task-2 after it finished.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(int(g.xOfTime(1.5)), int(rowMiddle(g, 1))));
    QCOMPARE(playhead.count(), 2);
    m_view->setPlayhead(21);
    QCOMPARE(m_view->playhead(), uint64_t(21));
    QCOMPARE(g.playhead(), uint64_t(21));
}

void TestTimelineView::expanderCollapsesASubtree()
{
    const TimelineGeometry &g = m_view->geometry();
    const size_t rows = g.rows().size();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, g.expanderRect(2).center().toPoint());
    QCOMPARE(g.rows().size(), rows - 1);
    QVERIFY(g.isCollapsed(2));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, g.expanderRect(2).center().toPoint());
    QCOMPARE(g.rows().size(), rows);
}

void TestTimelineView::dragPans()
{
    const TimelineGeometry &g = m_view->geometry();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    const double from = g.rangeFrom();
    QSignalSpy selected(m_view.get(), &TimelineView::taskSelected);
    const QPoint start(600, int(rowMiddle(g, 1)));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start - QPoint(100, 0)), m_view->viewport()->mapToGlobal(QPointF(start - QPoint(100, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, start - QPoint(100, 0));
    QVERIFY(g.rangeFrom() > from); // dragged left: later times come into view
    QCOMPARE(selected.count(), 0); // a drag is not a click
}

void TestTimelineView::liveTraceGrows()
{
    const auto full = test::smallTrace();
    auto live = std::make_shared<aw::trace::Trace>();
    for (size_t i = 0; i < full->stringCount(); ++i)
        live->intern(full->string(uint32_t(i)));
    auto copy = [&](uint64_t from, uint64_t to) {
        for (uint64_t s = from; s < to; ++s) {
            const auto e = full->event(s);
            live->append(e.kind, e.detail, e.time, e.task, e.a, e.b);
        }
    };
    copy(0, 20);
    m_view->setTrace(live);
    QCOMPARE(m_view->model().endTime(), 1.0);
    QCOMPARE(m_view->geometry().rangeTo(), 1.0);
    copy(20, full->size());
    m_view->traceGrew();
    QCOMPARE(m_view->model().eventCount(), full->size());
    QCOMPARE(m_view->geometry().rangeTo(), 2.0); // a view of the whole run follows it
    m_view->grab(); // paints without trouble
}

void TestTimelineView::liveViewFollowsThePlayhead()
{
    // The engine records ahead of the playhead: the view shows what has been played.
    const auto trace = test::smallTrace();
    uint64_t atOne = 0;
    while (trace->timeOf(atOne) < 1.0)
        ++atOne;
    m_view->setLive(true);
    m_view->setTrace(trace);
    m_view->setPlayhead(atOne + 1);
    QCOMPARE(m_view->geometry().rangeTo(), 1.25);
    // Zoomed in by the user (around the middle, leaving the playhead outside), the view
    // turns the page when the playhead moves on, then stays put while it is in view.
    m_view->zoomBy(4);
    const double width = m_view->geometry().rangeTo() - m_view->geometry().rangeFrom();
    QVERIFY(m_view->geometry().rangeTo() < 1.0);
    m_view->setPlayhead(atOne + 2);
    QVERIFY(m_view->geometry().rangeFrom() < 1.0 && m_view->geometry().rangeTo() > 1.0);
    const double to = m_view->geometry().rangeTo();
    m_view->setPlayhead(atOne + 3);
    QCOMPARE(m_view->geometry().rangeTo(), to);
    m_view->setPlayhead(trace->size());
    QVERIFY(m_view->geometry().rangeFrom() < 2.0 && m_view->geometry().rangeTo() > 2.0);
    QCOMPARE(m_view->geometry().rangeTo() - m_view->geometry().rangeFrom(), width);
    // The run ends: fitting shows all of it.
    m_view->setLive(false);
    m_view->fitToWindow();
    QCOMPARE(m_view->geometry().rangeTo(), 2.0);
}

void TestTimelineView::stepModeAndExportRange()
{
    QCOMPARE(m_view->exportRange(), std::make_pair(0.0, 2.0));
    m_view->setStepMode(true);
    QVERIFY(m_view->stepMode());
    QCOMPARE(m_view->geometry().rangeTo(), 33.0);
    QCOMPARE(m_view->exportRange(), std::make_pair(0.0, 2.0));
    m_view->setDark(true);
    QVERIFY(m_view->isDark());
    const QImage shot = m_view->grab().toImage();
    QVERIFY(!shot.isNull());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestTimelineView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timeline_view.moc"
