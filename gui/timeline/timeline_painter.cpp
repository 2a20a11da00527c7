#include "timeline_painter.h"

#include "timeline_paint_parts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace paint {

QString taskLabel(const TaskLane &lane)
{
    return lane.coroutine.isEmpty() ? lane.name : lane.name + QStringLiteral("  ") + lane.coroutine + QStringLiteral("()");
}

QString resourceLabel(const ResourceLane &lane)
{
    if (lane.kind == ResourceLaneKind::LoopBlocked)
        return resourceKindLabel(lane.kind);
    const QString name = lane.name.isEmpty() ? QStringLiteral("#%1").arg(lane.resourceId) : lane.name;
    return resourceKindLabel(lane.kind) + QStringLiteral("  ") + name;
}

QString taskName(const TimelineModel &model, uint32_t taskId)
{
    const int64_t lane = model.laneOf(taskId);
    if (lane < 0)
        return QStringLiteral("#%1").arg(taskId);
    return model.lanes()[static_cast<size_t>(lane)].name;
}

void backgrounds(Context &c, int first, int last, const std::vector<AxisTick> &ticks)
{
    const QRectF plot = c.g.plotRect();
    const QRectF area = c.g.area();
    // Step mode: alternate shading per instant, so the events that share a moment read as a group.
    if (c.g.stepMode()) {
        for (size_t i = 0; i < ticks.size(); i += 2) {
            const double right = i + 1 < ticks.size() ? ticks[i + 1].x : plot.right();
            if (!ticks[i].label.isEmpty() || ticks.size() < plot.width() / 4)
                c.p.fillRect(QRectF(QPointF(ticks[i].x, plot.top()), QPointF(right, plot.bottom())), c.palette.band);
        }
    }
    for (int r = first; r < last; ++r) {
        const TimelineRow &row = c.g.rows()[static_cast<size_t>(r)];
        const QRectF rect(area.left(), c.g.rowTop(r), area.width(), row.height);
        const bool selected = row.kind == TimelineRow::Kind::Task && c.options.selectedTask >= 0
                           && c.g.model().lanes()[row.lane].taskId == c.options.selectedTask;
        if (selected)
            c.p.fillRect(rect, c.palette.selection);
        else if (row.kind == TimelineRow::Kind::ResourceHeader)
            c.p.fillRect(rect, c.palette.header);
        else if (r % 2 == 1 && !c.g.stepMode())
            c.p.fillRect(rect, c.palette.stripe);
        if (r == c.options.hoveredRow && !selected)
            c.p.fillRect(rect, QColor(c.palette.selection.red(), c.palette.selection.green(), c.palette.selection.blue(), 90));
    }
    c.p.setPen(QPen(c.palette.grid, 0));
    for (const AxisTick &t : ticks) {
        if (!t.label.isEmpty() && t.x >= plot.left() && t.x <= plot.right())
            c.p.drawLine(QPointF(t.x, plot.top()), QPointF(t.x, plot.bottom()));
    }
}

void labels(Context &c, int first, int last)
{
    const QRectF labelArea = c.g.labelRect();
    c.p.fillRect(labelArea, c.palette.labelBackground);
    const QFont base = c.p.font();
    QFont italic = base;
    italic.setItalic(true);
    QFont bold = base;
    bold.setBold(true);
    for (int r = first; r < last; ++r) {
        const TimelineRow &row = c.g.rows()[static_cast<size_t>(r)];
        const double top = c.g.rowTop(r);
        QString text;
        double x = labelArea.left() + 6;
        c.p.setFont(base);
        c.p.setPen(c.palette.text);
        if (row.kind == TimelineRow::Kind::ResourceHeader) {
            c.p.setFont(bold);
            text = QCoreApplication::translate("Timeline", "Resources");
        } else if (row.kind == TimelineRow::Kind::Resource) {
            text = resourceLabel(c.g.model().resources()[row.lane]);
        } else {
            const TaskLane &lane = c.g.model().lanes()[row.lane];
            const QRectF box = c.g.expanderRect(r);
            x = box.right() + 4;
            if (row.hasChildren) {
                // A triangle: pointing right when collapsed, down when expanded.
                const QPointF m = box.center();
                const double s = box.width() * 0.3;
                QPolygonF tri;
                if (row.collapsed)
                    tri << QPointF(m.x() - s * 0.6, m.y() - s) << QPointF(m.x() + s * 0.9, m.y()) << QPointF(m.x() - s * 0.6, m.y() + s);
                else
                    tri << QPointF(m.x() - s, m.y() - s * 0.6) << QPointF(m.x() + s, m.y() - s * 0.6) << QPointF(m.x(), m.y() + s * 0.9);
                c.p.setPen(Qt::NoPen);
                c.p.setBrush(c.palette.mutedText);
                c.p.drawPolygon(tri);
                c.p.setBrush(Qt::NoBrush);
                c.p.setPen(c.palette.text);
            }
            text = taskLabel(lane);
            if (lane.internal) {
                c.p.setFont(italic);
                c.p.setPen(c.palette.mutedText);
            }
        }
        const QRectF textRect(x, top, labelArea.right() - x - 6, row.height);
        c.p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, QFontMetricsF(c.p.font()).elidedText(text, Qt::ElideRight, textRect.width()));
    }
    c.p.setFont(base);
    c.p.setPen(QPen(c.palette.grid, 0));
    c.p.drawLine(QPointF(labelArea.right() - 0.5, labelArea.top()), QPointF(labelArea.right() - 0.5, labelArea.bottom()));
}

void axis(Context &c, const std::vector<AxisTick> &ticks)
{
    const QRectF rect = c.g.axisRect();
    const QRectF plot = c.g.plotRect();
    c.p.fillRect(rect, c.palette.axisBackground);
    c.p.setPen(c.palette.mutedText);
    const QString caption = c.g.stepMode() ? QCoreApplication::translate("Timeline", "events by instant")
                                           : QCoreApplication::translate("Timeline", "virtual time");
    c.p.drawText(QRectF(rect.left() + 8, rect.top(), c.g.metrics().labelWidth - 12, rect.height()),
                 Qt::AlignVCenter | Qt::AlignLeft, caption);
    c.p.save();
    c.p.setClipRect(QRectF(plot.left() - 40, rect.top(), rect.right() - plot.left() + 40, rect.height()));
    const QFontMetricsF fm(c.p.font());
    for (const AxisTick &t : ticks) {
        c.p.setPen(QPen(c.palette.mutedText, 0));
        const double tickHeight = t.label.isEmpty() ? 3 : 6;
        c.p.drawLine(QPointF(t.x, rect.bottom() - tickHeight), QPointF(t.x, rect.bottom()));
        if (t.label.isEmpty())
            continue;
        c.p.setPen(c.palette.text);
        // Step mode labels start at their instant; time labels centre on their tick.
        const double w = fm.horizontalAdvance(t.label) + 4;
        const double left = std::min(c.g.stepMode() ? t.x + 3 : t.x - w / 2, rect.right() - w);
        c.p.drawText(QRectF(left, rect.top(), w, rect.height() - 6), Qt::AlignCenter, t.label);
    }
    c.p.restore();
    c.p.setPen(QPen(c.palette.grid, 0));
    c.p.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5));
}

} // namespace paint

void paintTimelineView(QPainter &p, const TimelineGeometry &geometry, const TimelinePaintOptions &options)
{
    paint::Context c{p, geometry, options, TimelinePalette::forTheme(options.dark), {}, {}};
    const QRectF area = geometry.area();
    p.save();
    p.setClipRect(area);
    p.fillRect(area, c.palette.background);
    const auto [first, last] = geometry.visibleRows();
    const std::vector<AxisTick> ticks = geometry.axisTicks(90);
    const QRectF plot = geometry.plotRect();
    p.save();
    p.setClipRect(QRectF(area.left(), plot.top(), area.width(), plot.height()));
    paint::backgrounds(c, first, last, ticks);
    p.setClipRect(plot.adjusted(0, 0, 6, 0));
    for (int r = first; r < last; ++r) {
        if (geometry.rows()[static_cast<size_t>(r)].kind == TimelineRow::Kind::Task)
            paint::taskLane(c, r);
        else if (geometry.rows()[static_cast<size_t>(r)].kind == TimelineRow::Kind::Resource)
            paint::resourceLane(c, r);
    }
    paint::overlays(c, first, last);
    p.setClipRect(QRectF(area.left(), plot.top(), area.width(), plot.height()));
    paint::labels(c, first, last);
    p.restore();
    paint::axis(c, ticks);
    if (geometry.playhead() != TimelineGeometry::kNoPlayhead) {
        const double x = geometry.playheadX();
        if (x >= plot.left() - 1 && x <= plot.right() + 1) {
            const QRectF axisRect = geometry.axisRect();
            QPolygonF handle;
            handle << QPointF(x - 5, axisRect.bottom() - 8) << QPointF(x + 5, axisRect.bottom() - 8) << QPointF(x, axisRect.bottom());
            p.setPen(Qt::NoPen);
            p.setBrush(c.palette.playhead);
            p.drawPolygon(handle);
            p.setBrush(Qt::NoBrush);
        }
    }
    p.restore();
}

QSizeF timelineSize(const TimelineModel &model, double width, const TimelineStyle &style)
{
    TimelineGeometry::Metrics metrics;
    metrics.laneHeight = style.laneHeight;
    metrics.labelWidth = style.labelWidth;
    TimelineGeometry g(model, metrics);
    g.setShowResources(style.showResources);
    g.setTaskFilter(style.taskFilter);
    const double title = style.title.isEmpty() ? 0 : 34;
    return {width, title + metrics.axisHeight + g.contentHeight() + legendHeight(width)};
}

void paintTimeline(QPainter &p, const TimelineModel &model, const QRectF &area, const TimelineStyle &style)
{
    const TimelinePalette palette = TimelinePalette::forTheme(style.dark);
    p.fillRect(area, palette.background);
    double y = area.top();
    if (!style.title.isEmpty()) {
        QFont f = p.font();
        const QFont saved = f;
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.25);
        p.setFont(f);
        p.setPen(palette.text);
        p.drawText(QRectF(area.left() + 8, y, area.width() - 16, 34), Qt::AlignVCenter | Qt::AlignLeft, style.title);
        p.setFont(saved);
        y += 34;
    }
    TimelineGeometry::Metrics metrics;
    metrics.laneHeight = style.laneHeight;
    metrics.labelWidth = style.labelWidth;
    TimelineGeometry g(model, metrics);
    g.setStepMode(style.stepMode);
    g.setShowResources(style.showResources);
    g.setTaskFilter(style.taskFilter);
    // The whole run in time mode includes the tail drawn after a deadlock.
    const double end = style.timeTo >= 0 ? style.timeTo : style.stepMode ? model.endTime() : g.fullRange().second;
    if (style.stepMode) {
        const double to = style.timeTo < 0 ? double(model.eventCount())
                                           : double(model.firstEventAtOrAfter(std::nextafter(end, INFINITY)));
        g.setRange(g.domainOfTime(style.timeFrom), to);
    } else if (end > style.timeFrom) {
        g.setRange(style.timeFrom, end);
    }
    g.setArea(QRectF(area.left(), y, area.width(), metrics.axisHeight + g.contentHeight()));
    TimelinePaintOptions options;
    options.dark = style.dark;
    paintTimelineView(p, g, options);
    const double legendTop = y + metrics.axisHeight + g.contentHeight();
    paintLegend(p, QRectF(area.left(), legendTop, area.width(), area.bottom() - legendTop), style.dark);
}

} // namespace awaitscope
