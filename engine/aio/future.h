#pragma once
// asyncio.Future: a result that will be set later, with done callbacks.
//
// Invariants (as futures.py): a future moves once from pending to finished or cancelled;
// done callbacks never run inline, each is scheduled with call_soon when the future
// completes (or at once if it is already done), in the order they were added.

#include "core/exception.h"
#include "core/inline_function.h"
#include "core/object.h"
#include "core/value.h"
#include "wait_target.h"

#include <QVarLengthArray>

#include <cstdint>
#include <functional>
#include <vector>

namespace aw::aio {

class EventLoop;
class Task;

TypeObject *futureType();

class Future : public Object {
public:
    using Callback = InlineFunction<void(Future &)>;
    enum class State : uint8_t { Pending, Cancelled, Finished };

    explicit Future(EventLoop *loop, TypeObject *type = futureType());
    ~Future() override;

    EventLoop *loop() const noexcept { return m_loop; }
    uint32_t futureId() const noexcept { return m_id; }
    State state() const noexcept { return m_state; }
    bool done() const noexcept { return m_state != State::Pending; }
    bool cancelled() const noexcept { return m_state == State::Cancelled; }

    // What a task awaiting this future is shown to wait on.
    const WaitTarget &waitTarget() const noexcept { return m_target; }
    void setWaitTarget(WaitTarget t) noexcept { m_target = t; }

    // Raise CancelledError / InvalidStateError / the stored exception as futures.py does.
    Value result();
    Ref<ExceptionObject> exception();
    void setResult(Value v);
    void setException(Ref<ExceptionObject> exc);
    virtual bool cancel(Value msg = {});

    // Returns a token for removeDoneCallback. `key` identifies a Python callable, so that
    // remove_done_callback(fn) can find every registration of fn.
    uint64_t addDoneCallback(Callback cb, Value key = {});
    // Registers a task's wake-up; reported to observers as the task becoming ready.
    uint64_t addWakeup(Task *task, Callback cb);
    bool removeDoneCallback(uint64_t token);
    int removeDoneCallbacksByKey(const Value &key);
    // The pending callbacks, for reprs: each one's Python callable (key), or the task it
    // wakes; both empty for the runtime's own callbacks.
    struct CallbackInfo {
        Value key;
        const Task *wakes;
    };
    std::vector<CallbackInfo> callbackInfo() const;

    const Value &cancelMessage() const noexcept { return m_cancelMessage; }
    // The CancelledError to raise for a cancelled future: the saved one (from a task whose
    // coroutine raised it) the first time, else a new one carrying the cancel message.
    Ref<ExceptionObject> makeCancelledError();
    // The exception without raising or marking it retrieved (for observers), else null.
    const Ref<ExceptionObject> &peekException() const noexcept { return m_exception; }
    // Whether an exception was set and nobody looked at it (CPython logs these).
    bool exceptionNeverRetrieved() const noexcept { return m_logTraceback; }

    void clearReferences() override;

    // Marks an exception as looked at (Task.cancel does this, as in CPython).
    void markRetrieved() noexcept { m_logTraceback = false; }

protected:
    // Called once when the future becomes done, before its callbacks are scheduled.
    virtual void completed() {}
    void setCancelledException(Ref<ExceptionObject> exc) { m_cancelledExc = std::move(exc); }
    // Future.cancel without any subclass behaviour (Task's __step uses super().cancel()).
    bool cancelFuture(Value msg);

private:
    struct DoneCallback {
        uint64_t token;
        Callback fn;
        Value key;
        Task *wakes;
    };
    void scheduleCallbacks();
    uint64_t addCallback(DoneCallback cb);

    EventLoop *m_loop;
    uint32_t m_id;
    State m_state = State::Pending;
    WaitTarget m_target;
    Value m_result;
    Ref<ExceptionObject> m_exception;
    Value m_cancelMessage;
    Ref<ExceptionObject> m_cancelledExc;
    bool m_logTraceback = false;
    // Nearly every future has one callback, the task awaiting it: kept inline, no allocation.
    using Callbacks = QVarLengthArray<DoneCallback, 1>;
    Callbacks m_callbacks;
};

} // namespace aw::aio
