#include "worker_job.h"

#include "aio/task.h"
#include "py/protocol.h"

namespace aw::interp {

WorkerJob::WorkerJob(Interpreter &interp, aio::WorkerContext &ctx, Value fn, std::vector<Value> args,
                     std::vector<std::pair<Value, Value>> keywords)
    : m_interp(interp)
    , m_ctx(ctx)
    , m_fn(std::move(fn))
    , m_args(std::move(args))
    , m_keywords(std::move(keywords))
    , m_fiber([this] { m_result = py::call(m_fn, CallArgs{m_args, m_keywords}); })
{
    m_state.threadName = ctx.threadName();
    m_state.job = this;
}

void WorkerJob::step()
{
    Interpreter::ThreadState loopState = m_interp.swapThreadState(std::move(m_state));
    try {
        m_fiber.resume();
    } catch (...) {
        m_state = m_interp.swapThreadState(std::move(loopState));
        throw;
    }
    m_state = m_interp.swapThreadState(std::move(loopState));
}

void WorkerJob::sleep(double seconds)
{
    m_sleep = std::max(0.0, seconds);
    m_fiber.suspend();
    if (m_unwinding)
        throw JobUnwind{};
}

Step<Value> WorkerJob::run()
{
    step();
    while (!m_fiber.finished()) {
        try {
            co_await m_ctx.blockingSleep(m_sleep);
        } catch (const aio::TaskUnwind &) {
            // The run is over while the job sleeps: unwind the fiber's stack, then ours.
            m_unwinding = true;
        }
        if (m_unwinding) {
            try {
                step();
            } catch (const JobUnwind &) {
            }
            throw aio::TaskUnwind{};
        }
        step();
    }
    co_return std::exchange(m_result, Value());
}

} // namespace aw::interp
