#include "wait.h"

#include "awaiters.h"

#include <memory>

namespace aw::aio {

namespace {

void releaseWaiter(Future &waiter)
{
    if (!waiter.done())
        waiter.setResult(Value());
}

bool isCancelled(const PyException &e)
{
    return e.isInstance(builtin::CancelledError());
}

// Cancels `fut` and waits until it completes, through a waiter of its own so that this
// wait stays cancellable itself.
QCoro::Task<Value> cancelAndWait(EventLoop *loop, Ref<Future> fut)
{
    Ref<Future> waiter = loop->createFuture();
    waiter->setWaitTarget({WaitKind::Timeout, fut->waitTarget().id, 0.0});
    const uint64_t token = fut->addDoneCallback([waiter](Future &) { releaseWaiter(*waiter); });
    try {
        fut->cancel();
        co_await FutureAwaiter(waiter);
    } catch (...) {
        fut->removeDoneCallback(token);
        throw;
    }
    fut->removeDoneCallback(token);
    co_return Value();
}

Ref<ExceptionObject> timeoutFrom(const PyException &cause)
{
    Ref<ExceptionObject> exc = newException(builtin::TimeoutError(), "");
    exc->setCause(cause.object());
    exc->setContext(cause.object());
    return exc;
}

// The result of a future wait_for cancelled; its cancellation becomes TimeoutError.
Value resultOrTimeout(Future &fut)
{
    try {
        return fut.result();
    } catch (const PyException &e) {
        if (!isCancelled(e))
            throw;
        throw PyException(timeoutFrom(e));
    }
}

// The end of wait_for once the waiter has fired or the timeout passed: the result if the
// future finished, else cancel it, wait for it, and turn its cancellation into TimeoutError.
QCoro::Task<Value> finishWaitFor(EventLoop *loop, Ref<Future> fut, uint64_t token)
{
    if (fut->done())
        co_return fut->result();
    fut->removeDoneCallback(token);
    co_await cancelAndWait(loop, fut);
    co_return resultOrTimeout(*fut);
}

} // namespace

QCoro::Task<WaitResult> wait(EventLoop &loop, std::vector<Ref<Future>> fs, std::optional<double> timeout,
                             ReturnWhen returnWhen)
{
    if (fs.empty())
        throw PyException::make(builtin::ValueError(), "Set of Tasks/Futures is empty.");
    Ref<Future> waiter = loop.createFuture();
    waiter->setWaitTarget({WaitKind::Wait, waiter->futureId(), 0.0});
    auto timeoutHandle = std::make_shared<Ref<TimerHandle>>();
    if (timeout)
        *timeoutHandle = loop.callLater(*timeout, [waiter] { releaseWaiter(*waiter); });
    auto counter = std::make_shared<size_t>(fs.size());
    auto onCompletion = [waiter, timeoutHandle, counter, returnWhen](Future &f) {
        --*counter;
        const bool firstException = returnWhen == ReturnWhen::FirstException && !f.cancelled() && f.exception();
        if (*counter == 0 || returnWhen == ReturnWhen::FirstCompleted || firstException) {
            if (*timeoutHandle)
                (*timeoutHandle)->cancel();
            releaseWaiter(*waiter);
        }
    };
    std::vector<uint64_t> tokens;
    for (const auto &f : fs)
        tokens.push_back(f->addDoneCallback(onCompletion));
    auto cleanUp = [&] {
        if (*timeoutHandle)
            (*timeoutHandle)->cancel();
        for (size_t i = 0; i < fs.size(); ++i)
            fs[i]->removeDoneCallback(tokens[i]);
    };
    try {
        co_await FutureAwaiter(waiter);
    } catch (...) {
        cleanUp();
        throw;
    }
    cleanUp();
    WaitResult result;
    for (const auto &f : fs)
        (f->done() ? result.done : result.pending).push_back(f);
    co_return result;
}

QCoro::Task<Value> waitFor(EventLoop &loop, Awaitable aw, std::optional<double> timeout)
{
    if (!timeout) {
        if (aw.future)
            co_return co_await FutureAwaiter(aw.future);
        Task::CoroutineFunction fn = std::move(aw.coroutine);
        QCoro::Task<Value> coro = fn();
        co_return co_await coro;
    }
    if (*timeout <= 0) {
        Ref<Future> fut = ensureFuture(loop, std::move(aw));
        if (fut->done())
            co_return fut->result();
        co_await cancelAndWait(&loop, fut);
        co_return resultOrTimeout(*fut);
    }
    Ref<Future> waiter = loop.createFuture();
    Ref<TimerHandle> timeoutHandle = loop.callLater(*timeout, [waiter] { releaseWaiter(*waiter); });
    Ref<Future> fut = ensureFuture(loop, std::move(aw));
    waiter->setWaitTarget({WaitKind::Timeout, fut->waitTarget().id, timeoutHandle->when()});
    const uint64_t token = fut->addDoneCallback([waiter](Future &) { releaseWaiter(*waiter); });

    Ref<ExceptionObject> cancellation;
    try {
        co_await FutureAwaiter(waiter);
    } catch (const PyException &e) {
        if (!isCancelled(e)) {
            timeoutHandle->cancel();
            throw;
        }
        cancellation = e.object();
    }
    if (cancellation) {
        // The caller was cancelled: return the result if there is one, else cancel the
        // inner future, wait for it and re-raise the caller's cancellation.
        try {
            if (fut->done()) {
                timeoutHandle->cancel();
                co_return fut->result();
            }
            fut->removeDoneCallback(token);
            co_await cancelAndWait(&loop, fut);
        } catch (...) {
            timeoutHandle->cancel();
            throw;
        }
        timeoutHandle->cancel();
        throw PyException(cancellation);
    }
    try {
        Value v = co_await finishWaitFor(&loop, fut, token);
        timeoutHandle->cancel();
        co_return v;
    } catch (...) {
        timeoutHandle->cancel();
        throw;
    }
}

Ref<Future> shield(EventLoop &loop, Awaitable aw)
{
    Ref<Future> inner = ensureFuture(loop, std::move(aw));
    if (inner->done())
        return inner;
    Ref<Future> outer = loop.createFuture();
    outer->setWaitTarget(inner->waitTarget());
    Future *outerPtr = outer.get();
    const uint64_t innerToken = inner->addDoneCallback([outer](Future &in) {
        if (outer->cancelled()) {
            if (!in.cancelled())
                in.exception();
            return;
        }
        if (in.cancelled())
            outer->cancel();
        else if (Ref<ExceptionObject> exc = in.exception())
            outer->setException(exc);
        else
            outer->setResult(in.result());
    });
    outerPtr->addDoneCallback([inner, innerToken](Future &) {
        if (!inner->done())
            inner->removeDoneCallback(innerToken);
    });
    return outer;
}

} // namespace aw::aio
