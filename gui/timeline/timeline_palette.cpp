#include "timeline_palette.h"

#include <QCoreApplication>

namespace awaitscope {

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

QColor resourceColor(ResourceLaneKind kind)
{
    using aw::aio::WaitKind;
    switch (kind) {
    case ResourceLaneKind::Lock: return stateColor(TaskState::Waiting, WaitKind::Lock);
    case ResourceLaneKind::Semaphore: return stateColor(TaskState::Waiting, WaitKind::Semaphore);
    case ResourceLaneKind::Event:
    case ResourceLaneKind::Condition:
    case ResourceLaneKind::Barrier: return stateColor(TaskState::Waiting, WaitKind::Event);
    case ResourceLaneKind::Queue: return stateColor(TaskState::Waiting, WaitKind::Queue);
    case ResourceLaneKind::ExecutorWorker: return stateColor(TaskState::Waiting, WaitKind::Executor);
    case ResourceLaneKind::LoopBlocked: return QColor(0xe2, 0x4a, 0x33);
    }
    return Qt::gray;
}

QString resourceKindLabel(ResourceLaneKind kind)
{
    switch (kind) {
    case ResourceLaneKind::Lock: return QCoreApplication::translate("Timeline", "Lock");
    case ResourceLaneKind::Semaphore: return QCoreApplication::translate("Timeline", "Semaphore");
    case ResourceLaneKind::Event: return QCoreApplication::translate("Timeline", "Event");
    case ResourceLaneKind::Condition: return QCoreApplication::translate("Timeline", "Condition");
    case ResourceLaneKind::Queue: return QCoreApplication::translate("Timeline", "Queue");
    case ResourceLaneKind::Barrier: return QCoreApplication::translate("Timeline", "Barrier");
    case ResourceLaneKind::ExecutorWorker: return QCoreApplication::translate("Timeline", "Worker");
    case ResourceLaneKind::LoopBlocked: return QCoreApplication::translate("Timeline", "Loop blocked");
    }
    return {};
}

TimelinePalette TimelinePalette::forTheme(bool dark)
{
    TimelinePalette p;
    if (dark) {
        p.background = QColor(0x1e, 0x20, 0x24);
        p.labelBackground = QColor(0x25, 0x28, 0x2d);
        p.text = QColor(0xe6, 0xe6, 0xe6);
        p.mutedText = QColor(0x8c, 0x92, 0x9c);
        p.grid = QColor(0x3a, 0x3d, 0x44);
        p.stripe = QColor(0x23, 0x26, 0x2b);
        p.band = QColor(0x2a, 0x2e, 0x35);
        p.header = QColor(0x30, 0x34, 0x3b);
        p.selection = QColor(0x2f, 0x4a, 0x6e);
        p.axisBackground = QColor(0x27, 0x2a, 0x30);
        p.playhead = QColor(0xff, 0xb3, 0x2e);
        p.wakeArrow = QColor(0x5c, 0xd0, 0x75);
        p.awaitArrow = QColor(0xc4, 0xa5, 0xff);
        p.cancel = QColor(0xff, 0x5a, 0x5a);
        p.waiters = QColor(0xff, 0x7a, 0x7a);
        p.outline = QColor(0xc8, 0xc8, 0xc8);
    } else {
        p.background = Qt::white;
        p.labelBackground = QColor(0xf6, 0xf7, 0xf9);
        p.text = QColor(0x20, 0x20, 0x20);
        p.mutedText = QColor(0x80, 0x86, 0x90);
        p.grid = QColor(0xe4, 0xe6, 0xea);
        p.stripe = QColor(0xfa, 0xfb, 0xfc);
        p.band = QColor(0xf0, 0xf3, 0xf8);
        p.header = QColor(0xe9, 0xec, 0xf1);
        p.selection = QColor(0xd6, 0xe6, 0xfa);
        p.axisBackground = QColor(0xf2, 0xf4, 0xf7);
        p.playhead = QColor(0xe0, 0x6a, 0x00);
        p.wakeArrow = QColor(0x1f, 0x8a, 0x3a);
        p.awaitArrow = QColor(0x6b, 0x4b, 0xb8);
        p.cancel = QColor(0xd0, 0x1c, 0x1c);
        p.waiters = QColor(0xc0, 0x39, 0x2b);
        p.outline = QColor(0xff, 0xff, 0xff);
    }
    return p;
}

QColor TimelinePalette::dimmed(const QColor &c) const
{
    constexpr double kKeep = 0.4;
    return QColor::fromRgbF(static_cast<float>(c.redF() * kKeep + background.redF() * (1 - kKeep)),
                            static_cast<float>(c.greenF() * kKeep + background.greenF() * (1 - kKeep)),
                            static_cast<float>(c.blueF() * kKeep + background.blueF() * (1 - kKeep)));
}

} // namespace awaitscope
