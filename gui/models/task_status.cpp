#include "task_status.h"

#include <QCoreApplication>

namespace awaitscope::models {

QString phaseLabel(TaskPhase phase, aw::aio::WaitKind wait)
{
    using aw::aio::WaitKind;
    switch (phase) {
    case TaskPhase::NotCreated: return QCoreApplication::translate("TaskStatus", "not yet created");
    case TaskPhase::Pending: return QCoreApplication::translate("TaskStatus", "pending");
    case TaskPhase::Ready: return QCoreApplication::translate("TaskStatus", "ready");
    case TaskPhase::Running: return QCoreApplication::translate("TaskStatus", "running");
    case TaskPhase::Done: return QCoreApplication::translate("TaskStatus", "done");
    case TaskPhase::Failed: return QCoreApplication::translate("TaskStatus", "failed");
    case TaskPhase::Cancelled: return QCoreApplication::translate("TaskStatus", "cancelled");
    case TaskPhase::Waiting: break;
    }
    switch (wait) {
    case WaitKind::Yield: return QCoreApplication::translate("TaskStatus", "yielding");
    case WaitKind::Sleep: return QCoreApplication::translate("TaskStatus", "sleeping");
    case WaitKind::Task: return QCoreApplication::translate("TaskStatus", "awaiting a task");
    case WaitKind::Future: return QCoreApplication::translate("TaskStatus", "awaiting a future");
    case WaitKind::Gather:
    case WaitKind::Wait: return QCoreApplication::translate("TaskStatus", "gather / wait");
    case WaitKind::Lock: return QCoreApplication::translate("TaskStatus", "lock");
    case WaitKind::Semaphore: return QCoreApplication::translate("TaskStatus", "semaphore");
    case WaitKind::Event:
    case WaitKind::Condition:
    case WaitKind::Barrier: return QCoreApplication::translate("TaskStatus", "event / condition");
    case WaitKind::Queue:
    case WaitKind::QueuePut: return QCoreApplication::translate("TaskStatus", "queue");
    case WaitKind::Executor: return QCoreApplication::translate("TaskStatus", "executor job");
    case WaitKind::Timeout: return QCoreApplication::translate("TaskStatus", "timeout");
    case WaitKind::Nothing: break;
    }
    return QCoreApplication::translate("TaskStatus", "waiting");
}

QString formatTime(double seconds)
{
    return QCoreApplication::translate("TaskStatus", "%1 s").arg(seconds, 0, 'f', 3);
}

} // namespace awaitscope::models
