#pragma once
// The loop object scenarios see (asyncio.get_event_loop(), get_running_loop()) and running
// coroutines on loops: asyncio.run, loop.run_until_complete.

#include "modules.h"

#include "aio/event_loop.h"
#include "py/protocol.h"

namespace aw::interp {

TypeObject *loopType();

class LoopObject : public Object {
public:
    explicit LoopObject(Interpreter &interp);
    ~LoopObject() override;
    aio::EventLoop &loop()
    {
        if (!m_loop)
            py::raise(builtin::RuntimeError(), "Event loop is closed");
        return *m_loop;
    }
    Interpreter &interp() { return *m_interp; }
    bool running() const noexcept { return m_running; }
    bool closed() const noexcept { return m_closed; }
    void close() { m_closed = true; }
    void reportUnretrievedExceptions();
    // At interpreter exit CPython joins the pools' worker threads: jobs still running finish
    // then. Runs the loop's clock on until every executor of this loop is idle.
    void finishExecutorJobs();
    // Ends the loop for good (the run is over): pending tasks are unwound.
    void shutDown()
    {
        reportUnretrievedExceptions();
        m_recorder.reset();
        m_loop.reset();
        m_closed = true;
    }

    // Runs until `fut` completes, with this loop current; returns its result.
    Value runUntilComplete(const Ref<aio::Future> &fut);
    // asyncio.run(coro): Task-1, then the shutdown sequence.
    Value runMain(const Value &coro);

private:
    class Running;
    Interpreter *m_interp;
    std::unique_ptr<aio::EventLoop> m_loop;
    std::unique_ptr<aio::Observer> m_recorder;
    bool m_running = false;
    bool m_closed = false;
};

// The loop object of the running loop, or of the loop set with set_event_loop.
Value currentLoopObject(Interpreter &interp);
void setCurrentLoopObject(Interpreter &interp, Value loop);

void initLoopFunctions(Interpreter &interp, ModuleObject &m);

} // namespace aw::interp
