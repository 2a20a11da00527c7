#pragma once
// Records what the loop reports into a Trace, as it happens.

#include "aio/event_loop.h"
#include "trace.h"

#include <functional>

namespace aw::trace {

class Recorder : public aio::Observer {
public:
    // How results and exceptions are described in the trace; the interpreter installs
    // Python's repr(). The default knows the core types only.
    using Describe = std::function<std::string(const Value &)>;
    // The scenario line running now, 0 if none; the interpreter installs it.
    using Locate = std::function<uint32_t()>;

    Recorder(aio::EventLoop &loop, Trace &trace, Describe describe = {}, Locate locate = {});
    ~Recorder() override;

    void taskCreated(double t, const aio::Task &task, const aio::Task *parent) override;
    void taskReady(double t, const aio::Task &task, const aio::Task *waker) override;
    void taskRunning(double t, const aio::Task &task) override;
    void taskWaiting(double t, const aio::Task &task, const aio::WaitTarget &target) override;
    void taskDone(double t, const aio::Task &task) override;
    void taskRenamed(double t, const aio::Task &task) override;
    void cancelRequested(double t, const aio::Task &task, const aio::Task *by, const Value &msg) override;
    void cancelDelivered(double t, const aio::Task &task) override;
    void resourceCreated(double t, uint32_t id, aio::ResourceKind kind, std::string_view name) override;
    void resourceChanged(double t, uint32_t id, const aio::ResourceState &state) override;
    void loopBlocked(double from, double to, const aio::Task *by) override;
    void output(double t, const aio::Task *task, std::string_view text) override;
    void deadlock(double t) override;

private:
    aio::EventLoop &m_loop;
    Trace &m_trace;
    Describe m_describe;
    Locate m_locate;

    void append(EventKind kind, uint8_t detail, double t, uint32_t task, uint32_t a, uint64_t b)
    {
        m_trace.append(kind, detail, t, task, a, b, m_locate ? m_locate() : 0);
    }
};

// "ValueError: boom" (or just "ValueError" with no message), as a traceback's last line.
std::string exceptionLine(const ExceptionObject &exc, const Recorder::Describe &describe);

} // namespace aw::trace
