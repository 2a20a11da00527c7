// Painting one lane: a task's state spans, or a resource's state as bars and step graphs.

#include "timeline_paint_parts.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace awaitscope::paint {

namespace {

// Black or white, whichever reads on `fill`.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(0xf4, 0xf4, 0xf4);
}

// Writes `text` inside `rect` when it fits (elided down to a few characters, else nothing).
void textInside(QPainter &p, const QRectF &rect, const QString &text, const QColor &fill)
{
    if (rect.width() < 28 || text.isEmpty())
        return;
    const QFontMetricsF fm(p.font());
    const QString elided = fm.elidedText(text, Qt::ElideRight, rect.width() - 6);
    if (elided.size() < 3 && elided != text)
        return;
    p.setPen(textOn(fill));
    p.drawText(rect.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, elided);
}

// Fills rectangles, joining each with the previous one when they touch and look the same:
// zoomed out, runs of pixel columns in one state become one fill.
class RectBatch {
public:
    explicit RectBatch(QPainter &p)
        : m_p(p)
    {
    }
    ~RectBatch() { flush(); }
    RectBatch(const RectBatch &) = delete;
    RectBatch &operator=(const RectBatch &) = delete;

    void add(const QRectF &r, const QColor &c)
    {
        if (m_open && c == m_colour && r.top() == m_rect.top() && r.height() == m_rect.height()
            && r.left() <= m_rect.right() + 0.5 && r.left() >= m_rect.left()) {
            m_rect.setRight(std::max(m_rect.right(), r.right()));
            return;
        }
        flush();
        m_rect = r;
        m_colour = c;
        m_open = true;
    }

    void flush()
    {
        if (m_open)
            m_p.fillRect(m_rect, m_colour);
        m_open = false;
    }

private:
    QPainter &m_p;
    QRectF m_rect;
    QColor m_colour;
    bool m_open = false;
};

QString waitText(const TimelineModel &model, const StateSpan &s)
{
    using aw::aio::WaitKind;
    if (s.state == TaskState::Waiting && s.waitKind == WaitKind::Task)
        return QCoreApplication::translate("Timeline", "awaits %1").arg(taskName(model, s.detail));
    return stateLabel(s.state, s.waitKind);
}

} // namespace

void taskLane(Context &c, int row)
{
    const TimelineRow &r = c.g.rows()[static_cast<size_t>(row)];
    const TaskLane &lane = c.g.model().lanes()[r.lane];
    const double top = c.g.rowTop(row);
    const double h = r.height;
    // Running and ready spans are full height; waiting ones are slimmer, so that where a
    // task actually runs stands out.
    const double fullTop = top + 3;
    const double fullHeight = h - 6;
    const double slimTop = top + h * 0.22;
    const double slimHeight = h * 0.56;
    c.g.runs(row, c.runs);
    QFont small = c.p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFont saved = c.p.font();
    c.p.setFont(small);
    RectBatch batch(c.p);
    for (const TimelineRun &run : c.runs) {
        const StateSpan &s = lane.spans[run.item];
        QColor colour = stateColor(s.state, s.waitKind);
        if (lane.internal)
            colour = c.palette.dimmed(colour);
        if (s.state >= TaskState::Done) {
            // The end of the task: a marker, outlined so black (cancelled) shows on dark.
            const double x = c.g.stepMode() ? (run.x0 + run.x1) / 2 : run.x0;
            const QRectF marker(x - 2, top + 2, 4, h - 4);
            batch.flush();
            c.p.fillRect(marker, colour);
            if (s.state == TaskState::Cancelled && c.options.dark) {
                c.p.setPen(QPen(c.palette.outline, 0));
                c.p.drawRect(marker);
            }
            continue;
        }
        const bool slim = s.state == TaskState::Waiting;
        const double width = std::max(1.0, run.x1 - run.x0);
        const QRectF rect(run.x0, slim ? slimTop : fullTop, width, slim ? slimHeight : fullHeight);
        batch.add(rect, colour);
        if (!run.merged && width > 40) {
            batch.flush();
            textInside(c.p, rect, waitText(c.g.model(), s), colour);
        }
    }
    batch.flush();
    c.p.setFont(saved);
}

namespace {

// What the lane's text says for a sample, inside its bar.
QString sampleText(const TimelineModel &model, const ResourceLane &lane, const ResourceSample &s)
{
    switch (lane.kind) {
    case ResourceLaneKind::Lock:
        return s.task ? taskName(model, s.task - 1) : QString();
    case ResourceLaneKind::Semaphore:
        return QCoreApplication::translate("Timeline", "%1 of %2 in use").arg(lane.maxValue - s.value).arg(lane.maxValue);
    case ResourceLaneKind::Event: return s.value ? QCoreApplication::translate("Timeline", "set") : QString();
    case ResourceLaneKind::Queue: return QString::number(s.value);
    case ResourceLaneKind::Barrier:
        return s.value ? QCoreApplication::translate("Timeline", "%n waiting", nullptr, s.value) : QString();
    case ResourceLaneKind::ExecutorWorker:
        if (!s.holder)
            return {};
        return s.task ? QCoreApplication::translate("Timeline", "job %1 for %2").arg(s.holder - 1).arg(taskName(model, s.task - 1))
                      : QCoreApplication::translate("Timeline", "job %1").arg(s.holder - 1);
    case ResourceLaneKind::LoopBlocked:
        return s.task ? QCoreApplication::translate("Timeline", "time.sleep() in %1").arg(taskName(model, s.task - 1))
                      : QCoreApplication::translate("Timeline", "time.sleep()");
    case ResourceLaneKind::Condition: break;
    }
    return {};
}

// How full the lane is for a sample, 0..1: the height of its bar or step graph.
double fillOf(const ResourceLane &lane, const ResourceSample &s)
{
    switch (lane.kind) {
    case ResourceLaneKind::Semaphore:
        return lane.maxValue > 0 ? double(lane.maxValue - s.value) / lane.maxValue : 0.0;
    case ResourceLaneKind::Queue:
    case ResourceLaneKind::Barrier: return lane.maxValue > 0 ? double(s.value) / lane.maxValue : 0.0;
    case ResourceLaneKind::Condition: return lane.maxWaiters > 0 ? double(s.waiters) / lane.maxWaiters : 0.0;
    case ResourceLaneKind::Lock:
    case ResourceLaneKind::Event:
    case ResourceLaneKind::ExecutorWorker:
    case ResourceLaneKind::LoopBlocked: return s.value > 0 ? 1.0 : 0.0;
    }
    return 0.0;
}

} // namespace

void resourceLane(Context &c, int row)
{
    const TimelineRow &r = c.g.rows()[static_cast<size_t>(row)];
    const ResourceLane &lane = c.g.model().resources()[r.lane];
    const double top = c.g.rowTop(row) + 3;
    const double bottom = c.g.rowTop(row) + r.height - 3;
    const double height = bottom - top;
    const QColor colour = resourceColor(lane.kind);
    const QColor graph = QColor(colour.red(), colour.green(), colour.blue(), 200);
    c.g.runs(row, c.runs);
    QFont small = c.p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFont saved = c.p.font();
    c.p.setFont(small);
    // A baseline from the resource's creation, so an idle resource still shows it exists.
    const double bornX = std::max(c.g.plotRect().left(), c.g.xOf(c.g.stepMode() ? double(lane.createdSeq) : lane.created));
    c.p.setPen(QPen(c.palette.grid, 1));
    c.p.drawLine(QPointF(bornX, bottom - 0.5), QPointF(c.g.plotRect().right(), bottom - 0.5));
    const bool stepGraph = lane.kind == ResourceLaneKind::Queue || lane.kind == ResourceLaneKind::Semaphore
                        || lane.kind == ResourceLaneKind::Barrier || lane.kind == ResourceLaneKind::Condition;
    RectBatch bars(c.p);
    std::vector<QRectF> &strips = c.strips;
    strips.clear();
    for (const TimelineRun &run : c.runs) {
        const ResourceSample &s = lane.samples[run.item];
        const double width = std::max(1.0, run.x1 - run.x0);
        const double fill = fillOf(lane, s);
        if (fill > 0) {
            const double h = std::max(2.0, fill * (height - 4));
            const QRectF rect(run.x0, bottom - h, width, h);
            bars.add(rect, stepGraph ? graph : colour);
            if (!run.merged && width > 30) {
                bars.flush();
                const QRectF textRect(run.x0, top, width, height - 4);
                if (stepGraph)
                    textInside(c.p, textRect, sampleText(c.g.model(), lane, s), c.palette.background);
                else
                    textInside(c.p, rect, sampleText(c.g.model(), lane, s), colour);
            }
        }
        if (s.waiters > 0 && lane.kind != ResourceLaneKind::Condition && lane.maxWaiters > 0) {
            const double h = 2 + 4.0 * s.waiters / lane.maxWaiters;
            strips.emplace_back(run.x0, bottom - h, width, h);
        }
    }
    bars.flush();
    // Tasks blocked on the resource: a strip along the bottom, thicker with more waiters.
    RectBatch waiting(c.p);
    for (const QRectF &r : strips)
        waiting.add(r, c.palette.waiters);
    waiting.flush();
    c.p.setFont(saved);
}

} // namespace awaitscope::paint
