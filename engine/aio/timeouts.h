#pragma once
// asyncio.timeout / asyncio.timeout_at (3.11): a context manager that cancels the task
// running it when the deadline passes and turns that cancellation into TimeoutError on
// exit. It tells its own cancellation apart from others through Task.cancelling().

#include "event_loop.h"

#include <optional>

namespace aw::aio {

TypeObject *timeoutType();

class Timeout : public Object {
public:
    enum class State : uint8_t { Created, Entered, Expiring, Expired, Exited };

    Timeout(EventLoop *loop, std::optional<double> when);

    std::optional<double> when() const noexcept { return m_when; }
    State state() const noexcept { return m_state; }
    bool expired() const noexcept { return m_state == State::Expiring || m_state == State::Expired; }
    // Raises RuntimeError unless entered and not yet exited.
    void reschedule(std::optional<double> when);

    // __aenter__: raises RuntimeError outside a task or when entered twice.
    void enter();
    // __aexit__ with the exception leaving the block (null if none). Raises TimeoutError
    // (from `exc`) when this timeout caused the cancellation; otherwise returns and the
    // caller re-raises `exc`.
    void exit(const Ref<ExceptionObject> &exc);
    void clearReferences() override
    {
        m_handler = nullptr;
        m_task = nullptr;
    }

private:
    void onTimeout();

    EventLoop *m_loop;
    std::optional<double> m_when;
    State m_state = State::Created;
    Ref<Handle> m_handler;
    Ref<Task> m_task;
    int m_cancelling = 0;
};

// timeout(delay): a deadline `delay` seconds from now (none if no delay).
Ref<Timeout> timeout(EventLoop &loop, std::optional<double> delay);
Ref<Timeout> timeoutAt(EventLoop &loop, std::optional<double> when);

} // namespace aw::aio
