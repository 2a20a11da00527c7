#include "task.h"

#include "core/type.h"
#include "event_loop.h"

namespace aw::aio {

TypeObject *taskType()
{
    static TypeObject *const t = makeBuiltinType("Task", "asyncio.tasks", {futureType()});
    return t;
}

Task::Task(EventLoop *loop, CoroutineFunction fn, std::string name, std::string coroName, uint32_t id)
    : Future(loop, taskType())
    , m_function(std::move(fn))
    , m_name(std::move(name))
    , m_coroName(std::move(coroName))
    , m_taskId(id)
    , m_parent(loop->currentTask())
{
    setWaitTarget({WaitKind::Task, id, 0.0});
}

void Task::setName(std::string name)
{
    m_name = std::move(name);
    if (EventLoop *l = loop())
        l->reportRenamed(*this);
}

Task::~Task() = default;

void Task::clearReferences()
{
    Future::clearReferences();
    m_function = nullptr;
    m_coroutine = Value();
    m_futWaiter = nullptr;
    m_throwIn = nullptr;
    m_cancelMessage = Value();
}

void Task::scheduleFirstStep()
{
    scheduleStep(nullptr);
}

void Task::scheduleStep(Ref<ExceptionObject> exc)
{
    loop()->reportReady(*this);
    Ref<Task> self(this);
    loop()->callSoon([self, exc] { self->step(exc); });
}

bool Task::cancel(Value msg)
{
    markRetrieved();
    if (done())
        return false;
    ++m_numCancelsRequested;
    loop()->reportCancelRequested(*this, msg);
    if (m_futWaiter && m_futWaiter->cancel(msg))
        return true;
    m_mustCancel = true;
    m_cancelMessage = std::move(msg);
    return true;
}

int Task::uncancel()
{
    if (m_numCancelsRequested > 0)
        --m_numCancelsRequested;
    return m_numCancelsRequested;
}

bool Task::suspendOn(Future *fut, std::coroutine_handle<> handle)
{
    if (m_unwinding)
        return false;
    if (m_delegate)
        return m_delegate->suspendOn(fut, handle);
    m_resumePoint = handle;
    if (fut == this) {
        m_suspendedOn = {WaitKind::Yield, 0, 0.0};
        scheduleStep(newException(builtin::RuntimeError(), "Task cannot await on itself: " + m_name));
        return true;
    }
    m_futWaiter = fut;
    m_suspendedOn = fut->waitTarget();
    loop()->reportWaiting(*this, m_suspendedOn);
    Ref<Task> self(this);
    fut->addWakeup(this, [self](Future &f) { self->wakeup(f); });
    if (m_mustCancel && m_futWaiter->cancel(m_cancelMessage))
        m_mustCancel = false;
    return true;
}

bool Task::suspendYield(std::coroutine_handle<> handle)
{
    if (m_unwinding)
        return false;
    if (m_delegate)
        return m_delegate->suspendYield(handle);
    m_resumePoint = handle;
    m_suspendedOn = {WaitKind::Yield, 0, 0.0};
    loop()->reportWaiting(*this, m_suspendedOn);
    scheduleStep(nullptr);
    return true;
}

void Task::rethrowPending()
{
    if (m_unwinding)
        throw TaskUnwind{};
    if (m_throwIn)
        throw PyException(std::exchange(m_throwIn, nullptr));
}

void Task::wakeup(Future &fut)
{
    Ref<ExceptionObject> exc;
    try {
        fut.result();
    } catch (const PyException &e) {
        exc = e.object();
    }
    step(std::move(exc));
}

void Task::step(Ref<ExceptionObject> exc)
{
    if (done())
        throw PyException::make(builtin::InvalidStateError(), "_step(): already done: " + m_name);
    if (m_mustCancel) {
        if (!exc || !exc->isInstance(builtin::CancelledError()))
            exc = makeCancelledError();
        m_mustCancel = false;
    }
    m_futWaiter = nullptr;
    m_suspendedOn = {};
    Ref<Task> self(this);
    loop()->enterTask(*this);
    if (exc && exc->isInstance(builtin::CancelledError()))
        loop()->reportCancelDelivered(*this);
    if (!m_started) {
        m_started = true;
        if (exc) {
            // coro.throw() on a coroutine that never ran raises at once: the body never runs.
            m_function = nullptr;
            finish(false, {}, std::move(exc));
        } else {
            drive(self);
        }
    } else {
        m_throwIn = std::move(exc);
        std::exchange(m_resumePoint, {}).resume();
        m_throwIn = nullptr;
    }
    loop()->leaveTask(*this);
    if (m_fatal)
        std::rethrow_exception(std::exchange(m_fatal, nullptr));
}

QCoro::Task<> Task::drive(Ref<Task> self)
{
    bool returned = false;
    Value result;
    Ref<ExceptionObject> error;
    try {
        CoroutineFunction fn = std::move(self->m_function);
        QCoro::Task<Value> coro = fn();
        result = co_await coro;
        returned = true;
    } catch (const PyException &e) {
        error = e.object();
    } catch (const TaskUnwind &) {
        co_return;
    } catch (...) {
        self->m_fatal = std::current_exception();
        co_return;
    }
    self->finish(returned, std::move(result), std::move(error));
}

void Task::finish(bool returned, Value result, Ref<ExceptionObject> error)
{
    if (returned) {
        if (m_mustCancel) {
            // Cancelled right before the coroutine returned.
            m_mustCancel = false;
            cancelFuture(m_cancelMessage);
        } else {
            setResult(std::move(result));
        }
    } else if (error->isInstance(builtin::CancelledError())) {
        setCancelledException(error);
        cancelFuture({});
    } else {
        setException(error);
        // KeyboardInterrupt and SystemExit also leave the loop, as __step re-raises them.
        if (error->isInstance(builtin::SystemExit()) || error->isInstance(builtin::KeyboardInterrupt()))
            m_fatal = std::make_exception_ptr(PyException(error));
    }
}

void Task::unwind()
{
    if (!m_resumePoint)
        return;
    m_unwinding = true;
    m_futWaiter = nullptr;
    loop()->enterTask(*this);
    std::exchange(m_resumePoint, {}).resume();
    loop()->leaveTask(*this);
    m_fatal = nullptr;
}

void Task::completed()
{
    loop()->reportDone(*this);
}

} // namespace aw::aio
