#include "future.h"

#include "core/str.h"
#include "event_loop.h"
#include "task.h"

#include <algorithm>

namespace aw::aio {

TypeObject *futureType()
{
    static TypeObject *const t = makeBuiltinType("Future", "asyncio.futures", {});
    return t;
}

Future::Future(EventLoop *loop, TypeObject *type)
    : Object(type)
    , m_loop(loop)
    , m_id(loop->nextFutureId())
{
    m_target = {WaitKind::Future, m_id, 0.0};
}

Future::~Future() = default;

void Future::clearReferences()
{
    m_result = Value();
    m_exception = nullptr;
    m_cancelMessage = Value();
    m_cancelledExc = nullptr;
    m_callbacks.clear();
}

Ref<ExceptionObject> Future::makeCancelledError()
{
    if (m_cancelledExc)
        return std::exchange(m_cancelledExc, nullptr);
    std::vector<Value> args;
    if (!m_cancelMessage.isNone())
        args.push_back(m_cancelMessage);
    return make<ExceptionObject>(builtin::CancelledError(), std::move(args));
}

Value Future::result()
{
    if (m_state == State::Cancelled)
        throw PyException(makeCancelledError());
    if (m_state != State::Finished)
        throw PyException::make(builtin::InvalidStateError(), "Result is not set.");
    m_logTraceback = false;
    if (m_exception)
        throw PyException(m_exception);
    return m_result;
}

Ref<ExceptionObject> Future::exception()
{
    if (m_state == State::Cancelled)
        throw PyException(makeCancelledError());
    if (m_state != State::Finished)
        throw PyException::make(builtin::InvalidStateError(), "Exception is not set.");
    m_logTraceback = false;
    return m_exception;
}

void Future::setResult(Value v)
{
    if (m_state != State::Pending)
        throw PyException::make(builtin::InvalidStateError(), "invalid state");
    m_result = std::move(v);
    m_state = State::Finished;
    completed();
    scheduleCallbacks();
}

void Future::setException(Ref<ExceptionObject> exc)
{
    if (m_state != State::Pending)
        throw PyException::make(builtin::InvalidStateError(), "invalid state");
    if (exc->type() == builtin::StopIteration())
        throw PyException::make(builtin::TypeError(),
                                "StopIteration interacts badly with generators and cannot be raised into a Future");
    m_exception = std::move(exc);
    m_state = State::Finished;
    completed();
    scheduleCallbacks();
    m_logTraceback = true;
}

bool Future::cancel(Value msg)
{
    return cancelFuture(std::move(msg));
}

bool Future::cancelFuture(Value msg)
{
    m_logTraceback = false;
    if (m_state != State::Pending)
        return false;
    m_state = State::Cancelled;
    m_cancelMessage = std::move(msg);
    completed();
    scheduleCallbacks();
    return true;
}

uint64_t Future::addCallback(DoneCallback cb)
{
    if (done()) {
        Ref<Future> self(this);
        if (cb.wakes)
            m_loop->reportReady(*cb.wakes);
        m_loop->callSoon([self, fn = std::move(cb.fn)] { fn(*self); });
        return cb.token;
    }
    m_callbacks.push_back(std::move(cb));
    return m_callbacks.back().token;
}

uint64_t Future::addDoneCallback(Callback cb, Value key)
{
    return addCallback({m_loop->nextCallbackToken(), std::move(cb), std::move(key), nullptr});
}

uint64_t Future::addWakeup(Task *task, Callback cb)
{
    return addCallback({m_loop->nextCallbackToken(), std::move(cb), {}, task});
}

bool Future::removeDoneCallback(uint64_t token)
{
    return m_callbacks.removeIf([token](const DoneCallback &c) { return c.token == token; }) > 0;
}

std::vector<Future::CallbackInfo> Future::callbackInfo() const
{
    std::vector<CallbackInfo> out;
    for (const DoneCallback &c : m_callbacks)
        out.push_back({c.key, c.wakes});
    return out;
}

int Future::removeDoneCallbacksByKey(const Value &key)
{
    return static_cast<int>(m_callbacks.removeIf([&key](const DoneCallback &c) { return c.key.is(key); }));
}

void Future::scheduleCallbacks()
{
    if (m_callbacks.empty())
        return;
    Callbacks callbacks = std::move(m_callbacks);
    m_callbacks.clear();
    Ref<Future> self(this);
    for (auto &cb : callbacks) {
        if (cb.wakes)
            m_loop->reportReady(*cb.wakes);
        m_loop->callSoon([self, fn = std::move(cb.fn)] { fn(*self); });
    }
}

} // namespace aw::aio
