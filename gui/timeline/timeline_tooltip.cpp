#include "timeline_tooltip.h"

#include "timeline_palette.h"

#include <QCoreApplication>

namespace awaitscope {

namespace {

QString taskTitle(const TimelineModel &model, uint32_t taskId)
{
    const int64_t index = model.laneOf(taskId);
    if (index < 0)
        return QStringLiteral("#%1").arg(taskId);
    const TaskLane &lane = model.lanes()[static_cast<size_t>(index)];
    return lane.coroutine.isEmpty() ? lane.name : QStringLiteral("%1 (%2)").arg(lane.name, lane.coroutine);
}

QString interval(double from, double to)
{
    if (to <= from)
        return QCoreApplication::translate("Timeline", "at %1").arg(formatSeconds(from));
    return QCoreApplication::translate("Timeline", "%1 to %2 (%3)").arg(formatSeconds(from), formatSeconds(to), formatSeconds(to - from));
}

QString taskTip(const TimelineGeometry &g, const TimelineHit &hit)
{
    const TimelineModel &model = g.model();
    const TaskLane &lane = model.lanes()[g.rows()[static_cast<size_t>(hit.row)].lane];
    QString tip = QStringLiteral("<b>%1</b>").arg(lane.name.toHtmlEscaped());
    if (!lane.coroutine.isEmpty())
        tip += QStringLiteral(" &nbsp;%1()").arg(lane.coroutine.toHtmlEscaped());
    if (lane.internal)
        tip += QStringLiteral("<br><i>%1</i>").arg(QCoreApplication::translate("Timeline", "created by asyncio.run() while shutting down"));
    if (hit.item < 0)
        return tip;
    const StateSpan &s = lane.spans[static_cast<size_t>(hit.item)];
    QString state = stateLabel(s.state, s.waitKind);
    if (s.state == TaskState::Waiting) {
        const QString target = waitTargetText(model, s);
        if (!target.isEmpty())
            state = QCoreApplication::translate("Timeline", "waiting on %1").arg(target);
    } else if (s.state == TaskState::Ready && s.detail > 0) {
        state = QCoreApplication::translate("Timeline", "ready, woken by %1").arg(taskTitle(model, s.detail - 1));
    }
    tip += QStringLiteral("<br>%1").arg(state.toHtmlEscaped());
    if ((s.state == TaskState::Done || s.state == TaskState::Failed) && !model.text(s.detail).isEmpty())
        tip += QStringLiteral("<br>%1 %2").arg(s.state == TaskState::Done ? QCoreApplication::translate("Timeline", "result:") : QCoreApplication::translate("Timeline", "raised:"),
                                               model.text(s.detail).toHtmlEscaped());
    tip += QStringLiteral("<br>%1").arg(interval(s.start, s.end));
    tip += QStringLiteral("<br><span style='color:gray'>%1</span>")
               .arg(QCoreApplication::translate("Timeline", "events %1 to %2").arg(s.firstEvent).arg(s.endEvent > s.firstEvent ? s.endEvent - 1 : s.firstEvent));
    return tip;
}

QString resourceTip(const TimelineGeometry &g, const TimelineHit &hit)
{
    const TimelineModel &model = g.model();
    const ResourceLane &lane = model.resources()[g.rows()[static_cast<size_t>(hit.row)].lane];
    QString tip = QStringLiteral("<b>%1</b> %2").arg(resourceKindLabel(lane.kind), lane.name.toHtmlEscaped());
    if (hit.item < 0)
        return tip;
    const auto index = static_cast<size_t>(hit.item);
    const ResourceSample &s = lane.samples[index];
    QString state;
    switch (lane.kind) {
    case ResourceLaneKind::Lock:
        state = s.value ? QCoreApplication::translate("Timeline", "held by %1").arg(s.task ? taskTitle(model, s.task - 1) : QCoreApplication::translate("Timeline", "a callback")) : QCoreApplication::translate("Timeline", "free");
        break;
    case ResourceLaneKind::Semaphore: state = QCoreApplication::translate("Timeline", "%1 of %2 permits left").arg(s.value).arg(lane.maxValue); break;
    case ResourceLaneKind::Event: state = s.value ? QCoreApplication::translate("Timeline", "set") : QCoreApplication::translate("Timeline", "clear"); break;
    case ResourceLaneKind::Queue: state = QCoreApplication::translate("Timeline", "%n item(s)", nullptr, s.value); break;
    case ResourceLaneKind::Barrier: state = QCoreApplication::translate("Timeline", "%n task(s) at the barrier", nullptr, s.value); break;
    case ResourceLaneKind::ExecutorWorker:
        state = !s.holder ? QCoreApplication::translate("Timeline", "idle")
              : s.task    ? QCoreApplication::translate("Timeline", "running job %1 for %2").arg(s.holder - 1).arg(taskTitle(model, s.task - 1))
                          : QCoreApplication::translate("Timeline", "running job %1").arg(s.holder - 1);
        break;
    case ResourceLaneKind::LoopBlocked:
        state = !s.value ? QCoreApplication::translate("Timeline", "running") : s.task ? QCoreApplication::translate("Timeline", "blocked by time.sleep() in %1").arg(taskTitle(model, s.task - 1))
                                                  : QCoreApplication::translate("Timeline", "blocked by time.sleep()");
        break;
    case ResourceLaneKind::Condition: break;
    }
    if (!state.isEmpty())
        tip += QStringLiteral("<br>%1").arg(state.toHtmlEscaped());
    if (const int waiters = static_cast<int>(s.waiters); waiters > 0)
        tip += QStringLiteral("<br>%1").arg(QCoreApplication::translate("Timeline", "%n task(s) waiting", nullptr, waiters));
    const double end = index + 1 < lane.samples.size() ? lane.samples[index + 1].time : model.endTime();
    tip += QStringLiteral("<br>%1").arg(interval(s.time, end));
    return tip;
}

} // namespace

QString waitTargetText(const TimelineModel &model, const StateSpan &span)
{
    using aw::aio::WaitKind;
    switch (span.waitKind) {
    case WaitKind::Task: return taskTitle(model, span.detail);
    case WaitKind::Lock:
    case WaitKind::Semaphore:
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Queue:
    case WaitKind::QueuePut:
    case WaitKind::Barrier: {
        const int64_t lane = model.resourceLaneOf(span.detail);
        if (lane < 0)
            return stateLabel(span.state, span.waitKind);
        const ResourceLane &r = model.resources()[static_cast<size_t>(lane)];
        const QString what = span.waitKind == WaitKind::QueuePut ? QCoreApplication::translate("Timeline", "room in Queue") : resourceKindLabel(r.kind);
        return r.name.isEmpty() ? what : QStringLiteral("%1 '%2'").arg(what, r.name);
    }
    case WaitKind::Executor: return QCoreApplication::translate("Timeline", "executor job %1").arg(span.detail);
    case WaitKind::Sleep: return QCoreApplication::translate("Timeline", "a sleep");
    case WaitKind::Yield: return QCoreApplication::translate("Timeline", "the next loop iteration");
    case WaitKind::Gather: return QCoreApplication::translate("Timeline", "gather() / a TaskGroup");
    case WaitKind::Wait: return QCoreApplication::translate("Timeline", "asyncio.wait()");
    case WaitKind::Timeout: return QCoreApplication::translate("Timeline", "an awaitable with a timeout");
    case WaitKind::Future: return QCoreApplication::translate("Timeline", "a Future");
    case WaitKind::Nothing: break;
    }
    return {};
}

QString timelineToolTip(const TimelineGeometry &geometry, const TimelineHit &hit)
{
    if (hit.row < 0)
        return {};
    const TimelineRow &row = geometry.rows()[static_cast<size_t>(hit.row)];
    switch (row.kind) {
    case TimelineRow::Kind::Task: return taskTip(geometry, hit);
    case TimelineRow::Kind::Resource: return resourceTip(geometry, hit);
    case TimelineRow::Kind::ResourceHeader: break;
    }
    return {};
}

} // namespace awaitscope
