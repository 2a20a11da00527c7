#pragma once
// asyncio.TaskGroup (3.11): structured concurrency. The first child that fails cancels its
// siblings and the parent; on exit the group waits for every child and raises an
// ExceptionGroup (BaseExceptionGroup) of the failures. KeyboardInterrupt/SystemExit are
// re-raised as themselves.

#include "event_loop.h"

#include <qcoro/qcorotask.h>

#include <optional>
#include <vector>

namespace aw::aio {

TypeObject *taskGroupType();

class TaskGroup : public Object {
public:
    explicit TaskGroup(EventLoop *loop);

    // __aenter__: raises RuntimeError when entered twice or outside a task.
    void enter();
    // Raises RuntimeError when not entered, finished, or shutting down.
    Ref<Task> createTask(Task::CoroutineFunction fn, std::string coroName, std::optional<std::string> name = {});
    // __aexit__ with the exception leaving the `async with` body (null if none). Waits for
    // all children; raises as described above, else returns.
    QCoro::Task<Value> exit(Ref<ExceptionObject> exc);

    size_t taskCount() const noexcept { return m_tasks.size(); }
    void clearReferences() override
    {
        m_parent = nullptr;
        m_tasks.clear();
        m_errors.clear();
        m_baseError = nullptr;
        m_onCompleted = nullptr;
    }

private:
    void abort();
    void onTaskDone(Task &task);
    static bool isBaseError(const ExceptionObject &exc);

    EventLoop *m_loop;
    bool m_entered = false;
    bool m_exiting = false;
    bool m_aborting = false;
    bool m_parentCancelRequested = false;
    Ref<Task> m_parent;
    std::vector<Ref<Task>> m_tasks; // a set in CPython; kept in creation order here
    std::vector<Ref<ExceptionObject>> m_errors;
    Ref<ExceptionObject> m_baseError;
    Ref<Future> m_onCompleted;
};

} // namespace aw::aio
