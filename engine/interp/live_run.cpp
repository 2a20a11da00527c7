#include "live_run.h"

#include "scenario_runner.h"

#include <QThread>

#include <algorithm>

namespace aw::interp {

LiveRun::LiveRun(std::string source, std::string filename, Options options, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_filename(std::move(filename))
    , m_options(options)
{
}

LiveRun::~LiveRun()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        if (m_interp)
            m_interp->requestStop("stopped by the viewer");
    }
    m_wake.notify_all();
    m_thread->wait();
}

void LiveRun::start(uint64_t events)
{
    m_allowed = events;
    m_thread.reset(QThread::create([this] { runOnThread(); }));
    m_thread->setStackSize(kScenarioStackBytes);
    m_thread->start();
}

void LiveRun::allow(uint64_t events)
{
    {
        std::lock_guard lock(m_mutex);
        m_allowed = std::max(m_allowed, events);
    }
    m_wake.notify_all();
}

bool LiveRun::catchUp(trace::Trace &view) const
{
    std::lock_guard lock(m_mutex);
    if (!m_parked)
        return false;
    view.catchUp(m_trace);
    return true;
}

bool LiveRun::finished() const
{
    std::lock_guard lock(m_mutex);
    return m_finished;
}

RunResult LiveRun::result() const
{
    std::lock_guard lock(m_mutex);
    return m_result;
}

void LiveRun::runOnThread()
{
    Interpreter interp(m_options.limits);
    interp.setTrace(&m_trace);
    {
        std::lock_guard lock(m_mutex);
        m_interp = &interp;
        if (m_stop)
            interp.requestStop("stopped by the viewer");
    }
    arm();
    RunResult result = interp.run(m_source, m_filename);
    uint64_t size = 0;
    {
        std::lock_guard lock(m_mutex);
        m_interp = nullptr;
        m_result = std::move(result);
        m_finished = true;
        m_parked = true;
        size = m_trace.size();
    }
    QMetaObject::invokeMethod(this, [this, size] { Q_EMIT parked(size, true); }, Qt::QueuedConnection);
}

void LiveRun::arm()
{
    uint64_t mark = 0;
    {
        std::lock_guard lock(m_mutex);
        mark = std::min(m_allowed, m_options.eventBudget);
    }
    m_trace.notifyAtSize(std::max<uint64_t>(mark, m_trace.size() + 1), [this] { park(); });
}

// On the engine thread, inside the trace's append: nothing else touches the trace until
// this returns.
void LiveRun::park()
{
    const uint64_t size = m_trace.size();
    std::unique_lock lock(m_mutex);
    if (size >= m_options.eventBudget) {
        m_interp->requestStop("the run reached its budget of " + std::to_string(m_options.eventBudget)
                              + " events; the budget is configurable");
        return;
    }
    if (m_allowed <= size) {
        m_parked = true;
        QMetaObject::invokeMethod(this, [this, size] { Q_EMIT parked(size, false); }, Qt::QueuedConnection);
        m_wake.wait(lock, [&] { return m_stop || m_allowed > size; });
        m_parked = false;
    }
    if (m_stop)
        return;
    lock.unlock();
    arm();
}

} // namespace aw::interp
