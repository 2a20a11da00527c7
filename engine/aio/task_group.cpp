#include "task_group.h"

#include "awaiters.h"

#include <algorithm>

namespace aw::aio {

TypeObject *taskGroupType()
{
    static TypeObject *const t = makeBuiltinType("TaskGroup", "asyncio.taskgroups", {});
    return t;
}

TaskGroup::TaskGroup(EventLoop *loop)
    : Object(taskGroupType())
    , m_loop(loop)
{
}

bool TaskGroup::isBaseError(const ExceptionObject &exc)
{
    return exc.isInstance(builtin::SystemExit()) || exc.isInstance(builtin::KeyboardInterrupt());
}

void TaskGroup::enter()
{
    if (m_entered)
        throw PyException::make(builtin::RuntimeError(), "TaskGroup has already been entered");
    m_parent = m_loop->currentTask();
    if (!m_parent)
        throw PyException::make(builtin::RuntimeError(), "TaskGroup cannot determine the parent task");
    m_entered = true;
}

Ref<Task> TaskGroup::createTask(Task::CoroutineFunction fn, std::string coroName, std::optional<std::string> name)
{
    if (!m_entered)
        throw PyException::make(builtin::RuntimeError(), "TaskGroup has not been entered");
    if (m_exiting && m_tasks.empty())
        throw PyException::make(builtin::RuntimeError(), "TaskGroup is finished");
    if (m_aborting)
        throw PyException::make(builtin::RuntimeError(), "TaskGroup is shutting down");
    Ref<Task> task = m_loop->createTask(std::move(fn), std::move(coroName), std::move(name));
    Ref<TaskGroup> self(this);
    task->addDoneCallback([self](Future &f) { self->onTaskDone(static_cast<Task &>(f)); });
    m_tasks.push_back(task);
    return task;
}

void TaskGroup::abort()
{
    m_aborting = true;
    for (const auto &t : m_tasks) {
        if (!t->done())
            t->cancel();
    }
}

void TaskGroup::onTaskDone(Task &task)
{
    std::erase(m_tasks, Ref<Task>(&task));
    if (m_onCompleted && m_tasks.empty() && !m_onCompleted->done())
        m_onCompleted->setResult(Value::boolean(true));
    if (task.cancelled())
        return;
    Ref<ExceptionObject> exc = task.exception();
    if (!exc)
        return;
    m_errors.push_back(exc);
    if (isBaseError(*exc) && !m_baseError)
        m_baseError = exc;
    if (!m_parent || m_parent->done())
        return; // CPython reports this to the loop's exception handler
    if (!m_aborting && !m_parentCancelRequested) {
        abort();
        m_parentCancelRequested = true;
        m_parent->cancel();
    }
}

QCoro::Task<Value> TaskGroup::exit(Ref<ExceptionObject> exc)
{
    m_exiting = true;
    if (exc && isBaseError(*exc) && !m_baseError)
        m_baseError = exc;
    const bool excIsCancel = exc && exc->type() == builtin::CancelledError();
    Ref<ExceptionObject> propagateCancellation = excIsCancel ? exc : nullptr;
    if (m_parentCancelRequested && m_parent->uncancel() == 0)
        propagateCancellation = nullptr;
    if (exc && !m_aborting)
        abort();

    while (!m_tasks.empty()) {
        if (!m_onCompleted) {
            m_onCompleted = m_loop->createFuture();
            m_onCompleted->setWaitTarget({WaitKind::Gather, m_onCompleted->futureId(), 0.0});
        }
        try {
            co_await FutureAwaiter(m_onCompleted);
        } catch (const PyException &e) {
            if (!e.isInstance(builtin::CancelledError()))
                throw;
            if (!m_aborting) {
                propagateCancellation = e.object();
                abort();
            }
        }
        m_onCompleted = nullptr;
    }
    m_parent = nullptr;

    if (m_baseError)
        throw PyException(m_baseError);
    if (propagateCancellation && m_errors.empty())
        throw PyException(propagateCancellation);
    if (exc && !excIsCancel)
        m_errors.push_back(exc);
    if (!m_errors.empty()) {
        Ref<ExceptionObject> group = newExceptionGroup("unhandled errors in a TaskGroup", std::move(m_errors));
        group->setCause(nullptr);
        m_errors.clear();
        throw PyException(group);
    }
    co_return Value();
}

} // namespace aw::aio
