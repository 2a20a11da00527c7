// What is drawn over the lanes: await and wake-up arrows, cancellation markers, the
// deadlock line and the playhead.

#include "timeline_paint_parts.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace awaitscope::paint {

namespace {

double rowCentre(const Context &c, int row)
{
    return c.g.rowTop(row) + c.g.rows()[static_cast<size_t>(row)].height / 2;
}

// Where an event is drawn: its time, or the middle of its slot in step mode.
double eventX(const Context &c, uint32_t seq, double time)
{
    return c.g.stepMode() ? c.g.xOf(seq + 0.5) : c.g.xOfTime(time);
}

// The items of a seq-sorted vector that lie in the visible window and before the playhead.
template<typename T>
std::pair<size_t, size_t> inView(const Context &c, const std::vector<T> &items)
{
    const bool step = c.g.stepMode();
    const double from = c.g.rangeFrom();
    const double to = c.g.rangeTo();
    const auto domain = [step](const T &item) { return step ? double(item.seq) + 0.5 : item.time; };
    const auto first = std::partition_point(items.begin(), items.end(), [&](const T &i) { return domain(i) < from; });
    const auto last = std::partition_point(first, items.end(), [&](const T &i) {
        return domain(i) <= to && i.seq <= c.g.playhead();
    });
    return {static_cast<size_t>(first - items.begin()), static_cast<size_t>(last - items.begin())};
}

// A curved arrow between two lanes at one x, bulging right so that arrows at one instant
// stay apart, with its head on the target lane.
void arrow(QPainter &p, double x, double yFrom, double yTo, const QColor &colour, Qt::PenStyle style)
{
    const double bulge = std::min(28.0, 6 + std::abs(yTo - yFrom) / 4);
    QPainterPath path(QPointF(x, yFrom));
    path.cubicTo(QPointF(x + bulge, yFrom), QPointF(x + bulge, yTo), QPointF(x + 3, yTo));
    p.setPen(QPen(colour, 1.3, style));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    QPolygonF head;
    head << QPointF(x + 1, yTo) << QPointF(x + 8, yTo - 3.5) << QPointF(x + 8, yTo + 3.5);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(head);
    p.setBrush(Qt::NoBrush);
}

void edges(Context &c, int first, int last)
{
    const TimelineModel &model = c.g.model();
    const auto [begin, end] = inView(c, model.edges());
    const int64_t selected = c.options.selectedTask;
    const bool all = end - begin <= static_cast<size_t>(std::max(0, c.options.maxArrows));
    if (!all && selected < 0)
        return;
    const auto visible = [&](int row) { return row >= 0; };
    for (size_t i = begin; i < end; ++i) {
        const TaskEdge &e = model.edges()[i];
        if (!all && e.from != selected && e.to != selected)
            continue;
        const int from = c.g.rowOfTask(e.from);
        const int to = c.g.rowOfTask(e.to);
        // Both ends must be shown, and at least one of them on screen.
        if (!visible(from) || !visible(to) || ((from < first || from >= last) && (to < first || to >= last)))
            continue;
        const QColor colour = e.kind == EdgeKind::Wake ? c.palette.wakeArrow : c.palette.awaitArrow;
        arrow(c.p, eventX(c, e.seq, e.time), rowCentre(c, from), rowCentre(c, to), colour,
              e.kind == EdgeKind::Wake ? Qt::SolidLine : Qt::DashLine);
    }
}

void cancelMarks(Context &c, int first, int last)
{
    const TimelineModel &model = c.g.model();
    const auto [begin, end] = inView(c, model.cancelMarks());
    const bool few = end - begin <= static_cast<size_t>(std::max(0, c.options.maxArrows));
    for (size_t i = begin; i < end; ++i) {
        const CancelMark &m = model.cancelMarks()[i];
        const int row = c.g.rowOfTask(m.task);
        if (row < first || row >= last)
            continue;
        const double x = eventX(c, m.seq, m.time);
        const double top = c.g.rowTop(row);
        const double h = c.g.rows()[static_cast<size_t>(row)].height;
        if (m.delivered) {
            // Where the CancelledError lands: a cross on the lane.
            const double s = std::min(5.0, h / 4);
            const double y = top + h / 2;
            c.p.setPen(QPen(c.palette.outline, 3.4));
            c.p.drawLine(QPointF(x - s, y - s), QPointF(x + s, y + s));
            c.p.drawLine(QPointF(x - s, y + s), QPointF(x + s, y - s));
            c.p.setPen(QPen(c.palette.cancel, 1.8));
            c.p.drawLine(QPointF(x - s, y - s), QPointF(x + s, y + s));
            c.p.drawLine(QPointF(x - s, y + s), QPointF(x + s, y - s));
            continue;
        }
        // Where it was requested: a flag at the top of the lane, and who asked, when readable.
        if (m.by > 0 && (few || c.options.selectedTask == int64_t(m.task) || c.options.selectedTask == int64_t(m.by - 1))) {
            const int byRow = c.g.rowOfTask(m.by - 1);
            if (byRow >= 0 && byRow != row)
                arrow(c.p, x, rowCentre(c, byRow), top + 4, c.palette.cancel, Qt::DotLine);
        }
        QPolygonF flag;
        flag << QPointF(x - 5, top + 1) << QPointF(x + 5, top + 1) << QPointF(x, top + 8);
        c.p.setPen(QPen(c.palette.outline, 1));
        c.p.setBrush(c.palette.cancel);
        c.p.drawPolygon(flag);
        c.p.setBrush(Qt::NoBrush);
    }
}

} // namespace

void overlays(Context &c, int first, int last)
{
    const QRectF plot = c.g.plotRect();
    edges(c, first, last);
    cancelMarks(c, first, last);
    const TimelineModel &model = c.g.model();
    if (model.deadlockTime() >= 0) {
        const double x = c.g.stepMode() ? c.g.xOf(double(model.eventCount())) : c.g.xOfTime(model.deadlockTime());
        if (c.g.endsInDeadlock()) {
            // Past the deadlock nothing happens any more: hatched, with the waits drawn on.
            const double end = std::min(c.g.xOf(c.g.fullRange().second), plot.right());
            const QRectF tail(QPointF(std::max(x, plot.left()), plot.top()), QPointF(end, plot.bottom()));
            if (tail.width() > 0) {
                QColor hatch = c.palette.cancel;
                hatch.setAlpha(70);
                c.p.fillRect(tail, QBrush(hatch, Qt::BDiagPattern));
                const QString label = QCoreApplication::translate("Timeline", "waiting forever");
                if (c.p.fontMetrics().horizontalAdvance(label) + 8 < tail.width()) {
                    c.p.setPen(c.palette.cancel);
                    c.p.drawText(tail.adjusted(4, 2, -4, 0).topLeft() + QPointF(0, 12), label);
                }
            }
        }
        c.p.setPen(QPen(c.palette.cancel, 1.5, Qt::DashLine));
        c.p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        c.p.setPen(c.palette.cancel);
        c.p.drawText(QRectF(x - 124, plot.top() + 2, 120, 16), Qt::AlignRight | Qt::AlignVCenter,
                     QCoreApplication::translate("Timeline", "deadlock"));
    }
    if (c.g.playhead() != TimelineGeometry::kNoPlayhead) {
        const double x = c.g.playheadX();
        c.p.setPen(QPen(c.palette.playhead, 2));
        c.p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

} // namespace awaitscope::paint
