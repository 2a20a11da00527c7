// The legend under an exported timeline: every colour and marker the lanes use.

#include "timeline_painter.h"

#include <QCoreApplication>
#include <QPainter>

#include <iterator>

namespace awaitscope {

namespace {

constexpr double kRow = 22;
constexpr double kColumn = 160;

struct StateEntry {
    TaskState state;
    aw::aio::WaitKind wait;
};

const StateEntry kStates[] = {
    {TaskState::Ready, aw::aio::WaitKind::Nothing},      {TaskState::Running, aw::aio::WaitKind::Nothing},
    {TaskState::Waiting, aw::aio::WaitKind::Sleep},      {TaskState::Waiting, aw::aio::WaitKind::Task},
    {TaskState::Waiting, aw::aio::WaitKind::Gather},     {TaskState::Waiting, aw::aio::WaitKind::Lock},
    {TaskState::Waiting, aw::aio::WaitKind::Semaphore},  {TaskState::Waiting, aw::aio::WaitKind::Event},
    {TaskState::Waiting, aw::aio::WaitKind::Queue},      {TaskState::Waiting, aw::aio::WaitKind::Executor},
    {TaskState::Waiting, aw::aio::WaitKind::Timeout},    {TaskState::Done, aw::aio::WaitKind::Nothing},
    {TaskState::Failed, aw::aio::WaitKind::Nothing},     {TaskState::Cancelled, aw::aio::WaitKind::Nothing},
};

enum class Marker { Wake, Await, CancelRequested, CancelDelivered, LoopBlocked, Waiters, Internal };
const Marker kMarkers[] = {Marker::Wake,        Marker::Await,   Marker::CancelRequested, Marker::CancelDelivered,
                           Marker::LoopBlocked, Marker::Waiters, Marker::Internal};

QString markerLabel(Marker m)
{
    switch (m) {
    case Marker::Wake: return QCoreApplication::translate("Timeline", "woke a task");
    case Marker::Await: return QCoreApplication::translate("Timeline", "awaits a task");
    case Marker::CancelRequested: return QCoreApplication::translate("Timeline", "cancel requested");
    case Marker::CancelDelivered: return QCoreApplication::translate("Timeline", "cancel delivered");
    case Marker::LoopBlocked: return QCoreApplication::translate("Timeline", "loop blocked");
    case Marker::Waiters: return QCoreApplication::translate("Timeline", "tasks waiting on it");
    case Marker::Internal: return QCoreApplication::translate("Timeline", "asyncio.run internals");
    }
    return {};
}

void drawMarker(QPainter &p, Marker m, const QRectF &box, const TimelinePalette &pal)
{
    const QPointF c = box.center();
    switch (m) {
    case Marker::Wake:
    case Marker::Await:
        p.setPen(QPen(m == Marker::Wake ? pal.wakeArrow : pal.awaitArrow, 1.5, m == Marker::Wake ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(box.left(), c.y()), QPointF(box.right() - 3, c.y()));
        p.setPen(Qt::NoPen);
        p.setBrush(m == Marker::Wake ? pal.wakeArrow : pal.awaitArrow);
        p.drawPolygon(QPolygonF() << QPointF(box.right(), c.y()) << QPointF(box.right() - 6, c.y() - 3.5)
                                  << QPointF(box.right() - 6, c.y() + 3.5));
        break;
    case Marker::CancelRequested:
        p.setPen(Qt::NoPen);
        p.setBrush(pal.cancel);
        p.drawPolygon(QPolygonF() << QPointF(c.x() - 6, box.top()) << QPointF(c.x() + 6, box.top()) << QPointF(c.x(), box.bottom()));
        break;
    case Marker::CancelDelivered:
        p.setPen(QPen(pal.cancel, 1.8));
        p.drawLine(QPointF(c.x() - 5, c.y() - 5), QPointF(c.x() + 5, c.y() + 5));
        p.drawLine(QPointF(c.x() - 5, c.y() + 5), QPointF(c.x() + 5, c.y() - 5));
        break;
    case Marker::LoopBlocked: p.fillRect(box, resourceColor(ResourceLaneKind::LoopBlocked)); break;
    case Marker::Waiters: p.fillRect(QRectF(box.left(), box.bottom() - 4, box.width(), 4), pal.waiters); break;
    case Marker::Internal: p.fillRect(box, pal.dimmed(stateColor(TaskState::Running, aw::aio::WaitKind::Nothing))); break;
    }
    p.setBrush(Qt::NoBrush);
}

int entryCount()
{
    return static_cast<int>(std::size(kStates) + std::size(kMarkers));
}

} // namespace

double legendHeight(double width)
{
    const int perRow = std::max(1, static_cast<int>((width - 16) / kColumn));
    return kRow * ((entryCount() + perRow - 1) / perRow) + 16;
}

void paintLegend(QPainter &p, const QRectF &area, bool dark)
{
    const TimelinePalette pal = TimelinePalette::forTheme(dark);
    const int perRow = std::max(1, static_cast<int>((area.width() - 16) / kColumn));
    int index = 0;
    auto cell = [&] {
        const QRectF r(area.left() + 8 + (index % perRow) * kColumn, area.top() + 8 + (index / perRow) * kRow, kColumn, kRow);
        ++index;
        return r;
    };
    p.save();
    for (const StateEntry &e : kStates) {
        const QRectF r = cell();
        const QRectF swatch(r.left(), r.top() + 5, 16, 12);
        p.fillRect(swatch, stateColor(e.state, e.wait));
        if (dark && e.state == TaskState::Cancelled) {
            p.setPen(QPen(pal.outline, 0));
            p.drawRect(swatch);
        }
        p.setPen(pal.text);
        p.drawText(QRectF(r.left() + 22, r.top(), kColumn - 26, kRow), Qt::AlignVCenter, stateLabel(e.state, e.wait));
    }
    for (Marker m : kMarkers) {
        const QRectF r = cell();
        drawMarker(p, m, QRectF(r.left(), r.top() + 5, 16, 12), pal);
        p.setPen(pal.text);
        p.drawText(QRectF(r.left() + 22, r.top(), kColumn - 26, kRow), Qt::AlignVCenter, markerLabel(m));
    }
    p.restore();
}

} // namespace awaitscope
