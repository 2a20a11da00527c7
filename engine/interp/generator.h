#pragma once
// Generators (`def` with yield) and async generators (`async def` with yield).
//
// Both own their frame and run their body as a Driver coroutine. A sync generator's yield
// suspends the body; next()/send()/throw() resume it and return once it yields again or
// finishes. An async generator's yield transfers control straight back to the coroutine
// awaiting __anext__/asend (symmetric transfer); an `await` inside it suspends the whole
// task as usual, and the task later resumes the generator's body where it stopped.

#include "driver.h"
#include "frame.h"
#include "function_object.h"

#include <coroutine>
#include <optional>

namespace aw::interp {

TypeObject *generatorType();
TypeObject *asyncGeneratorType();

// What generators, coroutines and async generators share: their frame and how `yield`
// reaches them.
class Suspendable : public Object {
public:
    Suspendable(TypeObject *type, Ref<FunctionObject> fn, std::unique_ptr<Frame> frame);
    Frame &frame() noexcept { return *m_frame; }
    FunctionObject &function() noexcept { return *m_function; }
    const std::string &name() const noexcept { return m_function->name; }
    const std::string &qualname() const noexcept { return m_function->qualname; }

    // Called by `yield` in the body: records the value, returns where to go next.
    virtual std::coroutine_handle<> yielded(Value v, std::coroutine_handle<> body) = 0;
    // The value sent into the body by the last resumption (or the exception to raise there).
    Value takeSent();
    bool started() const noexcept { return m_started; }
    bool finished() const noexcept { return m_finished; }
    bool running() const noexcept { return m_running; }
    void clearReferences() override;

protected:
    // CPython clears a finished body's frame: what its locals held (an async generator it
    // iterated) loses that reference then, not when the generator or coroutine is freed.
    void releaseLocals();
    Driver startBody();
    // Takes a plain pointer: a suspended body must not keep its generator alive, or an
    // abandoned generator would never be closed.
    static Driver runBody(Suspendable *self);
    virtual void bodyFinished() {}

    Ref<FunctionObject> m_function;
    std::unique_ptr<Frame> m_frame;
    Driver m_driver;
    std::coroutine_handle<> m_resume; // the body, suspended at a yield
    Value m_sent;
    Ref<ExceptionObject> m_throw;
    Value m_yieldedValue;
    Value m_returnValue;
    Ref<ExceptionObject> m_error; // how the body ended, if by an exception
    std::exception_ptr m_fatal;   // a run abort (budget, recursion) to pass on
    bool m_started = false;
    bool m_finished = false;
    bool m_running = false;
};

class GeneratorObject : public Suspendable {
public:
    GeneratorObject(Ref<FunctionObject> fn, std::unique_ptr<Frame> frame);
    ~GeneratorObject() override;

    // next()/send(v)/throw(exc): the next yielded value, or nullopt when the generator
    // returned (its value in returnValue()); raises what the body raises.
    std::optional<Value> resume(Value sent, Ref<ExceptionObject> thrown = {});
    const Value &returnValue() const noexcept { return m_returnValue; }
    // gen.close(): GeneratorExit at the yield; RuntimeError if the body yields again.
    void close();

    std::coroutine_handle<> yielded(Value v, std::coroutine_handle<> body) override;
};

class AsyncGeneratorObject : public Suspendable {
public:
    AsyncGeneratorObject(Ref<FunctionObject> fn, std::unique_ptr<Frame> frame);
    ~AsyncGeneratorObject() override;

    // The awaiter behind `await agen.__anext__()` / asend(v) / athrow(e).
    class Step {
    public:
        Step(Ref<AsyncGeneratorObject> gen, Value sent, Ref<ExceptionObject> thrown)
            : m_gen(std::move(gen)), m_sent(std::move(sent)), m_thrown(std::move(thrown))
        {
        }
        bool await_ready() const noexcept { return m_gen->finished(); }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> consumer);
        Value await_resume();

    private:
        Ref<AsyncGeneratorObject> m_gen;
        Value m_sent;
        Ref<ExceptionObject> m_thrown;
    };

    std::coroutine_handle<> yielded(Value v, std::coroutine_handle<> body) override;
    bool closeRequested() const noexcept { return m_closing; }
    void markClosing() noexcept { m_closing = true; }

    void clearReferences() override;
    // A started, unfinished generator whose last reference goes has aclose() scheduled as a
    // task on the loop that first ran it, as the finalizer hook CPython's loop installs does.
    bool finalize() noexcept override;

private:
    void bodyFinished() override;
    std::coroutine_handle<> m_consumer;
    bool m_closing = false;
    // The loop object running when the generator first stepped (CPython's finalizer hook is
    // captured then); None once the finalizer has run.
    Value m_finalizerLoop;
};

// What the loop's asyncgen finalizer hook does for a generator losing its last reference:
// loop.call_soon(loop.create_task, agen.aclose()). False (the generator is then deleted)
// when `loop` is not an open loop.
bool scheduleAsyncGenClose(AsyncGeneratorObject *gen, const Value &loop) noexcept;

// Raises StopIteration carrying a generator's return value (none for None).
[[noreturn]] void raiseStopIteration(const Value &value);
// The exception `gen.throw(...)` names: its value argument, or an instance of its type.
Ref<ExceptionObject> thrownException(const CallArgs &args);

// The awaitable objects Python code sees: `agen.__anext__()`, `agen.asend(v)`, `agen.aclose()`.
TypeObject *asyncGenStepType();
class AsyncGenStepObject : public Object {
public:
    enum Kind : uint8_t { Send, Throw, Close };
    AsyncGenStepObject(Ref<AsyncGeneratorObject> gen, Kind kind, Value arg);
    Ref<AsyncGeneratorObject> gen;
    Kind kind;
    Value arg;
    Step<Value> run();
    void clearReferences() override
    {
        gen = nullptr;
        arg = Value();
    }
};

} // namespace aw::interp
