#pragma once
// The iterator `coro.__await__()` returns (CPython's coroutine_wrapper): stepping it runs the
// coroutine until it waits on a future, which it yields; sending into it resumes the
// coroutine, throwing into it raises at that await. It is what lets an object's __await__
// delegate with `yield from coro.__await__()`.
//
// The coroutine still runs on the engine's awaiters: while it is stepped, the running task's
// suspensions are routed here (aio::SuspendDelegate) and become yielded values, and the task
// whose awaiter suspended delivers what is thrown in when the coroutine is resumed.

#include "driver.h"

#include "aio/task.h"

#include <optional>

namespace aw::interp {

TypeObject *coroutineWrapperType();

class CoroutineWrapperObject : public Object, private aio::SuspendDelegate {
public:
    explicit CoroutineWrapperObject(Value coro);
    ~CoroutineWrapperObject() override;

    // next()/send(v)/throw(exc): the next future the coroutine waits on (None for a bare
    // yield to the loop), or nullopt when it returned (its value in returnValue()); raises
    // what the coroutine raises.
    std::optional<Value> resume(Value sent, Ref<ExceptionObject> thrown = {});
    const Value &returnValue() const noexcept { return m_returnValue; }
    // close(): GeneratorExit at the await the coroutine is suspended in.
    void close();
    void clearReferences() override;

private:
    static Driver run(CoroutineWrapperObject *self);
    bool suspendOn(aio::Future *fut, std::coroutine_handle<> handle) override;
    bool suspendYield(std::coroutine_handle<> handle) override;

    Value m_coro;
    Driver m_driver;
    std::coroutine_handle<> m_resume; // the awaiter the coroutine is suspended in
    aio::Task *m_stepping = nullptr;  // the task this step runs in
    Ref<aio::Task> m_host;            // the task whose awaiter suspended into this wrapper
    Value m_yielded;
    Value m_returnValue;
    Ref<ExceptionObject> m_error;
    std::exception_ptr m_fatal;
    bool m_started = false;
    bool m_finished = false;
    bool m_running = false;
};

} // namespace aw::interp
