#include "timeouts.h"

namespace aw::aio {

TypeObject *timeoutType()
{
    static TypeObject *const t = makeBuiltinType("Timeout", "asyncio.timeouts", {});
    return t;
}

Timeout::Timeout(EventLoop *loop, std::optional<double> when)
    : Object(timeoutType())
    , m_loop(loop)
    , m_when(when)
{
}

void Timeout::reschedule(std::optional<double> when)
{
    if (m_state != State::Entered) {
        if (m_state == State::Created)
            throw PyException::make(builtin::RuntimeError(), "Timeout has not been entered");
        const char *names[] = {"created", "active", "expiring", "expired", "finished"};
        throw PyException::make(builtin::RuntimeError(), std::string("Cannot change state of ")
                                                             + names[static_cast<int>(m_state)] + " Timeout");
    }
    m_when = when;
    if (m_handler)
        m_handler->cancel();
    if (!when) {
        m_handler = nullptr;
        return;
    }
    Ref<Timeout> self(this);
    auto fire = [self] { self->onTimeout(); };
    if (*when <= m_loop->time())
        m_handler = m_loop->callSoon(fire);
    else
        m_handler = Ref<Handle>(m_loop->callAt(*when, fire));
}

void Timeout::enter()
{
    if (m_state != State::Created)
        throw PyException::make(builtin::RuntimeError(), "Timeout has already been entered");
    Task *task = m_loop->currentTask();
    if (!task)
        throw PyException::make(builtin::RuntimeError(), "Timeout should be used inside a task");
    m_state = State::Entered;
    m_task = task;
    m_cancelling = task->cancelling();
    reschedule(m_when);
}

void Timeout::exit(const Ref<ExceptionObject> &exc)
{
    if (m_handler) {
        m_handler->cancel();
        m_handler = nullptr;
    }
    if (m_state == State::Expiring) {
        m_state = State::Expired;
        const bool isCancel = exc && exc->type() == builtin::CancelledError();
        if (m_task->uncancel() <= m_cancelling && isCancel) {
            Ref<ExceptionObject> timeoutError = newException(builtin::TimeoutError(), "");
            timeoutError->setCause(exc);
            timeoutError->setContext(exc);
            m_task = nullptr;
            throw PyException(timeoutError);
        }
    } else if (m_state == State::Entered) {
        m_state = State::Exited;
    }
    m_task = nullptr;
}

void Timeout::onTimeout()
{
    m_task->cancel();
    m_state = State::Expiring;
    m_handler = nullptr;
}

Ref<Timeout> timeout(EventLoop &loop, std::optional<double> delay)
{
    return make<Timeout>(&loop, delay ? std::optional<double>(loop.time() + *delay) : std::nullopt);
}

Ref<Timeout> timeoutAt(EventLoop &loop, std::optional<double> when)
{
    return make<Timeout>(&loop, when);
}

} // namespace aw::aio
