#include "timeline_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace awaitscope {

namespace {

constexpr double kAxisHeight = 28;
constexpr double kTitleHeight = 30;
constexpr double kLegendRow = 22;

// A round step for axis ticks: 1, 2 or 5 times a power of ten, about `target` apart.
double tickStep(double span, double pixels, double target)
{
    const double raw = span * target / std::max(pixels, 1.0);
    const double base = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (base * m >= raw)
            return base * m;
    }
    return base * 10;
}

struct LegendEntry {
    TaskState state;
    aw::aio::WaitKind wait;
};

const LegendEntry kLegend[] = {
    {TaskState::Ready, aw::aio::WaitKind::Nothing},      {TaskState::Running, aw::aio::WaitKind::Nothing},
    {TaskState::Waiting, aw::aio::WaitKind::Sleep},      {TaskState::Waiting, aw::aio::WaitKind::Task},
    {TaskState::Waiting, aw::aio::WaitKind::Gather},     {TaskState::Waiting, aw::aio::WaitKind::Lock},
    {TaskState::Waiting, aw::aio::WaitKind::Semaphore},  {TaskState::Waiting, aw::aio::WaitKind::Event},
    {TaskState::Waiting, aw::aio::WaitKind::Queue},      {TaskState::Waiting, aw::aio::WaitKind::Executor},
    {TaskState::Done, aw::aio::WaitKind::Nothing},       {TaskState::Failed, aw::aio::WaitKind::Nothing},
    {TaskState::Cancelled, aw::aio::WaitKind::Nothing},
};

double legendHeight(double width)
{
    const int perRow = std::max(1, static_cast<int>(width / 150));
    const int count = static_cast<int>(std::size(kLegend));
    return kLegendRow * ((count + perRow - 1) / perRow) + 10;
}

} // namespace

QColor stateColor(TaskState state, aw::aio::WaitKind wait)
{
    using aw::aio::WaitKind;
    switch (state) {
    case TaskState::Ready: return QColor(0xd0, 0xd4, 0xdc);
    case TaskState::Running: return QColor(0x2e, 0xa0, 0x43);
    case TaskState::Done: return QColor(0x55, 0x5d, 0x6b);
    case TaskState::Failed: return QColor(0xd7, 0x2e, 0x2e);
    case TaskState::Cancelled: return QColor(0x11, 0x11, 0x11);
    case TaskState::Waiting: break;
    }
    switch (wait) {
    case WaitKind::Sleep: return QColor(0x6c, 0xa8, 0xe8);
    case WaitKind::Task: return QColor(0x9b, 0x7b, 0xd6);
    case WaitKind::Gather:
    case WaitKind::Wait: return QColor(0xc1, 0x9f, 0xe6);
    case WaitKind::Lock: return QColor(0xf0, 0x92, 0x3c);
    case WaitKind::Semaphore: return QColor(0xb8, 0x7a, 0x4b);
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Barrier: return QColor(0x2b, 0xb3, 0xa8);
    case WaitKind::Queue:
    case WaitKind::QueuePut: return QColor(0xe8, 0x7a, 0xb8);
    case WaitKind::Executor: return QColor(0x9a, 0xa3, 0x3c);
    case WaitKind::Timeout: return QColor(0xe0, 0x6c, 0x6c);
    case WaitKind::Yield:
    case WaitKind::Future:
    case WaitKind::Nothing: break;
    }
    return QColor(0xa8, 0xb4, 0xc8);
}

QString stateLabel(TaskState state, aw::aio::WaitKind wait)
{
    using aw::aio::WaitKind;
    switch (state) {
    case TaskState::Ready: return QCoreApplication::translate("Timeline", "ready");
    case TaskState::Running: return QCoreApplication::translate("Timeline", "running");
    case TaskState::Done: return QCoreApplication::translate("Timeline", "done");
    case TaskState::Failed: return QCoreApplication::translate("Timeline", "failed");
    case TaskState::Cancelled: return QCoreApplication::translate("Timeline", "cancelled");
    case TaskState::Waiting: break;
    }
    switch (wait) {
    case WaitKind::Sleep: return QCoreApplication::translate("Timeline", "sleeping");
    case WaitKind::Task: return QCoreApplication::translate("Timeline", "awaiting a task");
    case WaitKind::Gather:
    case WaitKind::Wait: return QCoreApplication::translate("Timeline", "gather / wait");
    case WaitKind::Lock: return QCoreApplication::translate("Timeline", "lock");
    case WaitKind::Semaphore: return QCoreApplication::translate("Timeline", "semaphore");
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Barrier: return QCoreApplication::translate("Timeline", "event / condition");
    case WaitKind::Queue:
    case WaitKind::QueuePut: return QCoreApplication::translate("Timeline", "queue");
    case WaitKind::Executor: return QCoreApplication::translate("Timeline", "executor job");
    case WaitKind::Timeout: return QCoreApplication::translate("Timeline", "timeout");
    default: break;
    }
    return QCoreApplication::translate("Timeline", "waiting");
}

QSizeF timelineSize(const TimelineModel &model, double width, const TimelineStyle &style)
{
    const double lanes = style.laneHeight * static_cast<double>(model.order().size());
    return {width, (style.title.isEmpty() ? 0 : kTitleHeight) + kAxisHeight + lanes + legendHeight(width)};
}

void paintTimeline(QPainter &p, const TimelineModel &model, const QRectF &area, const TimelineStyle &style)
{
    const QColor background = style.dark ? QColor(0x1e, 0x20, 0x24) : Qt::white;
    const QColor text = style.dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x20, 0x20, 0x20);
    const QColor grid = style.dark ? QColor(0x3a, 0x3d, 0x44) : QColor(0xe4, 0xe6, 0xea);
    p.fillRect(area, background);
    p.setPen(text);
    double y = area.top();
    if (!style.title.isEmpty()) {
        QFont f = p.font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        p.setFont(f);
        p.drawText(QRectF(area.left() + 8, y, area.width() - 16, kTitleHeight), Qt::AlignVCenter, style.title);
        p.setFont(QFont());
        y += kTitleHeight;
    }
    const double x0 = area.left() + style.labelWidth;
    const double plotWidth = area.right() - 12 - x0;
    const double span = std::max(model.endTime(), 1e-9);
    auto xOf = [&](double t) { return x0 + t / span * plotWidth; };

    // Time axis, in virtual seconds.
    const double step = tickStep(span, plotWidth, 80);
    const double lanesTop = y + kAxisHeight;
    const double lanesBottom = lanesTop + style.laneHeight * static_cast<double>(model.order().size());
    for (double t = 0; t <= span + step * 1e-6; t += step) {
        const double x = xOf(t);
        p.setPen(grid);
        p.drawLine(QPointF(x, lanesTop), QPointF(x, lanesBottom));
        p.setPen(text);
        p.drawText(QRectF(x - 40, y, 80, kAxisHeight - 6), Qt::AlignHCenter | Qt::AlignBottom,
                   QString::number(t, 'g', 6) + QStringLiteral(" s"));
    }

    // One lane per task, nested under its creator.
    const QFontMetricsF fm(p.font());
    double laneY = lanesTop;
    for (size_t index : model.order()) {
        const TaskLane &lane = model.lanes()[index];
        const QString label = QString(lane.depth * 2, ' ') + lane.name + "  " + lane.coroutine + "()";
        p.setPen(text);
        p.drawText(QRectF(area.left() + 8, laneY, style.labelWidth - 12, style.laneHeight), Qt::AlignVCenter,
                   fm.elidedText(label, Qt::ElideRight, style.labelWidth - 12));
        const double barTop = laneY + 4;
        const double barHeight = style.laneHeight - 8;
        double lastX = -1;
        for (const StateSpan &s : lane.spans) {
            const double left = xOf(s.start);
            double right = xOf(s.end);
            const bool terminal = s.state >= TaskState::Done;
            if (terminal) {
                p.fillRect(QRectF(left - 1.5, barTop - 2, 3, barHeight + 4), stateColor(s.state, s.waitKind));
                continue;
            }
            // Runs narrower than a pixel merge into the pixel already drawn.
            if (right - left < 1.0) {
                if (std::floor(left) == lastX)
                    continue;
                right = left + 1.0;
            }
            p.fillRect(QRectF(left, barTop, right - left, barHeight), stateColor(s.state, s.waitKind));
            lastX = std::floor(left);
        }
        laneY += style.laneHeight;
    }

    // Legend.
    const int perRow = std::max(1, static_cast<int>(area.width() / 150));
    double lx = area.left() + 8;
    double ly = lanesBottom + 10;
    int column = 0;
    for (const LegendEntry &entry : kLegend) {
        p.fillRect(QRectF(lx, ly + 5, 14, 12), stateColor(entry.state, entry.wait));
        p.setPen(text);
        p.drawText(QRectF(lx + 20, ly, 125, kLegendRow), Qt::AlignVCenter, stateLabel(entry.state, entry.wait));
        if (++column == perRow) {
            column = 0;
            lx = area.left() + 8;
            ly += kLegendRow;
        } else {
            lx += 150;
        }
    }
}

} // namespace awaitscope
