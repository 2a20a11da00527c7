#pragma once
// Coroutine objects: what calling an `async def` returns, and the native equivalents the
// runtime hands out (`lock.acquire()`, `queue.get()`, `asyncio.sleep(1)`). Neither runs
// until awaited or wrapped in a task; each can be run once.

#include "core/inline_function.h"
#include "generator.h"

#include <functional>
#include "step.h"

#include <qcoro/qcorotask.h>

namespace aw::interp {

TypeObject *coroutineType();

class CoroutineObject : public Suspendable {
public:
    CoroutineObject(Ref<FunctionObject> fn, std::unique_ptr<Frame> frame);
    ~CoroutineObject() override;
    // Runs the body to completion, suspending the task at its awaits. Raises RuntimeError
    // when the coroutine was already run.
    Step<Value> run();
    // coro.close() on a coroutine that never ran: it will not run, and no warning is due
    // (what a task cancelled before its first step does to its coroutine).
    void closeUnstarted() noexcept
    {
        if (!m_started)
            m_started = m_finished = true;
    }
    std::coroutine_handle<> yielded(Value, std::coroutine_handle<>) override { return std::noop_coroutine(); }
};

class NativeCoroutineObject : public Object {
public:
    using Body = InlineFunction<Step<Value>()>;
    NativeCoroutineObject(std::string qualname, Body body);
    ~NativeCoroutineObject() override;
    const std::string &qualname() const noexcept { return m_qualname; }
    bool started() const noexcept { return m_started; }
    void clearReferences() override { m_body = nullptr; }
    // The body's Step; RuntimeError when it was run before. The body (and what it captured,
    // such as the primitive being waited on) lives as long as this object, which whoever
    // awaits the Step holds.
    Step<Value> run();

private:
    std::string m_qualname;
    Body m_body;
    bool m_started = false;
};

// Whether `v` is a coroutine object (Python or native).
bool isCoroutine(const Value &v);
// Its qualified name, as task reprs and the trace show it ("main", "Lock.acquire").
std::string coroutineName(const Value &v);
// coro.close(): a coroutine that never ran will not run (and no warning is due); closing
// one suspended in a task is refused, since only the task's cancellation can unwind it.
void closeCoroutine(const Value &v);
// Runs a coroutine object (see CoroutineObject::run); TypeError for anything else. Not a
// coroutine itself: the Step it returns is the coroutine's own, one frame less per await.
Step<Value> runCoroutine(const Value &v);

// The coroutine function a task runs: it runs `coro`, and if the task is cancelled before
// its first step (so the function is dropped uncalled) it closes the coroutine quietly.
std::function<QCoro::Task<Value>()> taskBody(Value coro);

// A Python-visible coroutine over a C++ coroutine factory: the interpreter's own, or one of
// the engine's (which runs inside an adapting Step).
Value nativeCoroutine(std::string qualname, NativeCoroutineObject::Body body);
Value nativeCoroutine(std::string qualname, std::function<QCoro::Task<Value>()> body);

} // namespace aw::interp
