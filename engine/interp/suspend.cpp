#include "suspend.h"

#include "coroutine.h"
#include "coroutine_wrapper.h"
#include "expr_nodes.h"
#include "modules.h"
#include "interpreter.h"

#include "aio/awaiters.h"
#include "py/protocol.h"

namespace aw::interp {

namespace {

// One step of an __await__ iterator: send None into it, or throw `thrown` in.
std::optional<Value> stepAwaitIterator(const Value &iterator, Ref<ExceptionObject> thrown)
{
    if (auto *gen = iterator.as<GeneratorObject>())
        return gen->resume(Value(), std::move(thrown));
    if (auto *wrapper = iterator.as<CoroutineWrapperObject>())
        return wrapper->resume(Value(), std::move(thrown));
    if (!thrown)
        return py::next(iterator);
    Value method;
    if (!py::tryGetAttr(iterator, py::name("throw"), method))
        throw PyException(thrown);
    try {
        return py::call(method, {Value(thrown)});
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::StopIteration()))
            throw;
    }
    return std::nullopt;
}

Value awaitIteratorResult(const Value &iterator)
{
    if (auto *gen = iterator.as<GeneratorObject>())
        return gen->returnValue();
    if (auto *wrapper = iterator.as<CoroutineWrapperObject>())
        return wrapper->returnValue();
    return Value();
}

void closeAwaitIterator(const Value &iterator)
{
    if (auto *gen = iterator.as<GeneratorObject>())
        gen->close();
    else if (auto *wrapper = iterator.as<CoroutineWrapperObject>())
        wrapper->close();
}

// Drives an __await__ iterator as a task drives a coroutine: each yielded future suspends
// the task until it is done, then the iterator is resumed with None, or with the future's
// exception (or a cancellation) thrown in; a bare yield gives the loop one iteration.
Step<Value> driveAwaitIterator(Value iterator)
{
    Ref<ExceptionObject> thrown;
    for (;;) {
        std::optional<Value> step = stepAwaitIterator(iterator, std::exchange(thrown, nullptr));
        if (!step)
            co_return awaitIteratorResult(iterator);
        try {
            if (auto *fut = step->as<aio::Future>()) {
                Ref<aio::Future> waited(fut);
                co_await aio::FutureAwaiter(std::move(waited));
            } else if (step->isNone()) {
                co_await aio::YieldAwaiter(&runningLoop(Interpreter::current()));
            } else {
                py::raise(builtin::RuntimeError(), "Task got bad yield: " + py::repr(*step));
            }
        } catch (const PyException &e) {
            thrown = e.object();
        } catch (const aio::TaskUnwind &) {
            // The loop is closing with the task suspended here: unwind the iterator's frames too.
            closeAwaitIterator(iterator);
            throw;
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

// `yield from inner` for a generator or a coroutine's __await__ iterator (PEP 380): what
// is sent or thrown into the delegating generator goes on into `inner`.
template<typename Inner>
Step<Value> delegateYields(Frame &f, Ref<Inner> inner)
{
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

} // namespace

namespace {
Step<Value> awaitFuture(Ref<aio::Future> fut)
{
    co_return co_await aio::FutureAwaiter(std::move(fut));
}
} // namespace

Step<Value> awaitValue(Frame &, const Value &v)
{
    if (isCoroutine(v))
        return runCoroutine(v);
    if (auto *fut = v.as<aio::Future>())
        return awaitFuture(Ref<aio::Future>(fut));
    if (auto *step = v.as<AsyncGenStepObject>())
        return step->run();
    if (isIterableCoroutine(v))
        return driveAwaitIterator(v);
    Value awaitMethod;
    if (py::tryGetAttr(v, py::name("__await__"), awaitMethod))
        return awaitDunder(awaitMethod);
    py::raise(builtin::TypeError(), "object " + py::typeOf(v)->name() + " can't be used in 'await' expression");
}

Step<Value> awaitGenerator(Value generator)
{
    co_return co_await driveAwaitIterator(std::move(generator));
}

Step<Value> awaitDunder(Value awaitMethod)
{
    Value iterator = py::call(awaitMethod, {});
    if (isCoroutine(iterator))
        py::raise(builtin::TypeError(), "__await__() returned a coroutine");
    if (!py::hasAttr(iterator, "__next__"))
        py::raise(builtin::TypeError(), "__await__() returned non-iterator of type '" + py::typeOf(iterator)->name() + "'");
    co_return co_await driveAwaitIterator(std::move(iterator));
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
    if (auto *gen = v.as<GeneratorObject>()) {
        Ref<GeneratorObject> inner(gen);
        co_return co_await delegateYields(f, std::move(inner));
    }
    if (auto *wrapper = v.as<CoroutineWrapperObject>()) {
        Ref<CoroutineWrapperObject> inner(wrapper);
        co_return co_await delegateYields(f, std::move(inner));
    }
    Value it = py::iter(v);
    while (auto x = py::next(it)) {
        YieldPoint point{f.owner, std::move(*x)};
        co_await point;
    }
    co_return Value();
}

} // namespace aw::interp
