#include "suspend.h"

#include "coroutine.h"
#include "expr_nodes.h"
#include "interpreter.h"

#include "aio/awaiters.h"
#include "py/protocol.h"

namespace aw::interp {

namespace {

aio::EventLoop &runningLoop(Frame &f)
{
    aio::EventLoop *loop = f.interp->currentLoop();
    if (!loop)
        py::raise(builtin::RuntimeError(), "no running event loop");
    return *loop;
}

// Drives an __await__ iterator: each yielded future suspends the task until it is done;
// a bare yield gives the loop one iteration.
Step<Value> driveAwaitIterator(Frame &f, Value iterator)
{
    auto *gen = iterator.as<GeneratorObject>();
    for (;;) {
        std::optional<Value> step = gen ? gen->resume(Value()) : py::next(iterator);
        if (!step)
            co_return gen ? gen->returnValue() : Value();
        if (auto *fut = step->as<aio::Future>()) {
            co_await aio::FutureAwaiter(Ref<aio::Future>(fut));
        } else if (step->isNone()) {
            co_await aio::YieldAwaiter(&runningLoop(f));
        } else {
            py::raise(builtin::RuntimeError(), "Task got bad yield: " + py::repr(*step));
        }
    }
}

// The point where a generator's body yields `value` and later receives what is sent.
struct YieldPoint {
    Suspendable *owner;
    Value value;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) { return owner->yielded(std::move(value), h); }
    Value await_resume() { return owner->takeSent(); }
};

} // namespace

namespace {
Step<Value> awaitFuture(Ref<aio::Future> fut)
{
    co_return co_await aio::FutureAwaiter(std::move(fut));
}
} // namespace

Step<Value> awaitValue(Frame &f, const Value &v)
{
    if (isCoroutine(v))
        return runCoroutine(v);
    if (auto *fut = v.as<aio::Future>())
        return awaitFuture(Ref<aio::Future>(fut));
    if (auto *step = v.as<AsyncGenStepObject>())
        return step->run();
    Value awaitMethod;
    if (py::tryGetAttr(v, py::name("__await__"), awaitMethod))
        return driveAwaitIterator(f, py::iter(py::call(awaitMethod, {})));
    py::raise(builtin::TypeError(), "object " + py::typeOf(v)->name() + " can't be used in 'await' expression");
}

Value asyncIter(const Value &obj)
{
    Value method;
    if (!py::tryGetAttr(obj, py::name("__aiter__"), method))
        py::raise(builtin::TypeError(), "'async for' requires an object with __aiter__ method, got " +
                                            py::typeOf(obj)->name());
    return py::call(method, {});
}

Step<std::optional<Value>> asyncNext(Frame &f, Value iterator)
{
    Value next;
    if (auto *gen = iterator.as<AsyncGeneratorObject>()) {
        next = Value(make<AsyncGenStepObject>(Ref<AsyncGeneratorObject>(gen), AsyncGenStepObject::Send, Value()));
    } else {
        Value method;
        if (!py::tryGetAttr(iterator, py::name("__anext__"), method))
            py::raise(builtin::TypeError(), "'async for' received an object from __aiter__ that does not implement "
                                            "__anext__: " + py::typeOf(iterator)->name());
        next = py::call(method, {});
    }
    try {
        co_return co_await awaitValue(f, next);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::StopAsyncIteration()))
            throw;
    }
    co_return std::nullopt;
}

Value AwaitNode::eval(Frame &) const
{
    py::raise(builtin::SystemError(), "await evaluated synchronously");
}

Step<Value> AwaitNode::evalAsync(Frame &f) const
{
    Value v;
    if (value->suspends)
        v = co_await value->evalAsync(f);
    else
        v = value->eval(f);
    f.interp->tick(line);
    co_return co_await awaitValue(f, v);
}

Value YieldNode::eval(Frame &) const
{
    py::raise(builtin::SystemError(), "yield evaluated synchronously");
}

Step<Value> YieldNode::evalAsync(Frame &f) const
{
    Value v;
    if (value)
        v = co_await evaluate(*value, f);
    if (!from) {
        YieldPoint point{f.owner, std::move(v)};
        co_return co_await point;
    }
    auto *inner = v.as<GeneratorObject>();
    if (!inner) {
        Value it = py::iter(v);
        while (auto x = py::next(it)) {
            YieldPoint point{f.owner, std::move(*x)};
            co_await point;
        }
        co_return Value();
    }
    Ref<GeneratorObject> keep(inner);
    Value sent;
    Ref<ExceptionObject> thrown;
    for (;;) {
        std::optional<Value> step = inner->resume(std::exchange(sent, Value()), std::exchange(thrown, nullptr));
        if (!step)
            co_return inner->returnValue();
        YieldPoint point{f.owner, std::move(*step)};
        try {
            sent = co_await point;
        } catch (const PyException &e) {
            if (e.isInstance(builtin::GeneratorExit())) {
                inner->close();
                throw;
            }
            thrown = e.object();
        }
    }
}

} // namespace aw::interp
