#pragma once
// asyncio.Task: drives a coroutine, one step at a time, from the loop's ready queue.
//
// The coroutine protocol. A task's coroutine is a QCoro::Task<Value>. QCoro tasks start
// eagerly, so the task does not call its coroutine function until its first step runs
// (asyncio tasks start on the loop's next iteration, not when created). From then on:
//  - the coroutine suspends only in the engine's awaiters (awaiters.h), which tell the task
//    what it now waits on (suspendOn / suspendYield) and hand it the coroutine handle to
//    resume; nested coroutines are resumed by QCoro when their callee finishes;
//  - every wake-up goes through the ready queue: a done callback on the awaited future
//    schedules wakeup(), which runs step(), which resumes the saved handle;
//  - an exception to deliver at the await point (a cancellation, or the awaited future's
//    exception) is stored before resuming and thrown by the awaiter's await_resume.
// The outermost frame is a driver coroutine that records the result as __step does.

#include "future.h"

#include <qcoro/qcorotask.h>

#include <coroutine>
#include <exception>
#include <functional>
#include <string>
#include <utility>

namespace aw::aio {

TypeObject *taskType();

// Thrown into a suspended task when its loop is destroyed, so that its frames unwind (and
// free themselves) the way GeneratorExit closes an abandoned coroutine. Not a Python
// exception: `except` clauses never see it, `finally` blocks run.
struct TaskUnwind {};

// Takes over a task's suspensions while some object steps a coroutine by hand (the iterator
// `coro.__await__()` returns): instead of suspending the task, each awaiter's suspension
// becomes a value that object yields, as CPython's coroutine yields the futures it awaits.
class SuspendDelegate {
public:
    virtual bool suspendOn(Future *fut, std::coroutine_handle<> handle) = 0;
    virtual bool suspendYield(std::coroutine_handle<> handle) = 0;

protected:
    ~SuspendDelegate() = default;
};

class Task : public Future {
public:
    using CoroutineFunction = std::function<QCoro::Task<Value>()>;

    // Use EventLoop::createTask.
    Task(EventLoop *loop, CoroutineFunction fn, std::string name, std::string coroName, uint32_t id);
    ~Task() override;

    uint32_t taskId() const noexcept { return m_taskId; }
    const std::string &name() const noexcept { return m_name; }
    void setName(std::string name);
    // The coroutine's function name, as shown in reprs (`coro=<main() running ...>`).
    const std::string &coroName() const noexcept { return m_coroName; }
    const Task *parent() const noexcept { return m_parent; }
    // The coroutine object the task runs, for Task.get_coro() and reprs (set by whoever
    // makes the task from a Python coroutine).
    const Value &coroutine() const noexcept { return m_coroutine; }
    void setCoroutine(Value coro) { m_coroutine = std::move(coro); }

    bool cancel(Value msg = {}) override;
    void clearReferences() override;
    int cancelling() const noexcept { return m_numCancelsRequested; }
    int uncancel();

    // The future the task waits on, or null when it is ready, running or done.
    Future *waitingOn() const noexcept { return m_futWaiter.get(); }
    // Why the task is suspended (also for a bare yield, when waitingOn() is null).
    const WaitTarget &suspendedOn() const noexcept { return m_suspendedOn; }

    // Called by awaiters from inside this task's step. They return false when the task must
    // not suspend (it is being unwound): the awaiter then resumes at once.
    bool suspendOn(Future *fut, std::coroutine_handle<> handle);
    bool suspendYield(std::coroutine_handle<> handle);
    // Throws the exception the step was started with, if any.
    void rethrowPending();
    // The exception the next rethrowPending() throws, for a delegate resuming an awaiter
    // that suspended into it.
    void setPending(Ref<ExceptionObject> exc) { m_throwIn = std::move(exc); }
    // Routes this task's suspensions to `delegate` (null: back to the task); returns the
    // previous delegate, for nesting.
    SuspendDelegate *exchangeDelegate(SuspendDelegate *delegate) noexcept { return std::exchange(m_delegate, delegate); }
    // Unwinds a suspended coroutine (see TaskUnwind).
    void unwind();

protected:
    void completed() override;

private:
    friend class EventLoop;
    void scheduleFirstStep();
    void step(Ref<ExceptionObject> exc);
    void wakeup(Future &fut);
    void scheduleStep(Ref<ExceptionObject> exc);
    void finish(bool returned, Value result, Ref<ExceptionObject> error);
    static QCoro::Task<> drive(Ref<Task> self);

    CoroutineFunction m_function;
    Value m_coroutine;
    std::string m_name;
    std::string m_coroName;
    uint32_t m_taskId;
    const Task *m_parent = nullptr;
    bool m_started = false;
    bool m_mustCancel = false;
    bool m_unwinding = false;
    Value m_cancelMessage;
    int m_numCancelsRequested = 0;
    Ref<Future> m_futWaiter;
    WaitTarget m_suspendedOn;
    std::coroutine_handle<> m_resumePoint;
    Ref<ExceptionObject> m_throwIn;
    SuspendDelegate *m_delegate = nullptr;
    // Anything that is not a Python exception (a runaway-scenario abort, an allocation
    // failure) must not be swallowed by the task: step() rethrows it to the loop's caller.
    std::exception_ptr m_fatal;
};

} // namespace aw::aio
