#pragma once
// An executor job running a Python function on a fiber: time.sleep() inside it suspends the
// fiber, the worker waits that long in virtual time, and the function carries on, so what
// it prints lands at the right moment among what the loop prints.

#include "fiber.h"
#include "interpreter.h"

#include "aio/executor.h"

#include "step.h"

namespace aw::interp {

// Thrown into a job's fiber when the run ends while it sleeps, so that its stack unwinds.
struct JobUnwind {};

class WorkerJob {
public:
    WorkerJob(Interpreter &interp, aio::WorkerContext &ctx, Value fn, std::vector<Value> args,
              std::vector<std::pair<Value, Value>> keywords);
    // Runs the job to its end on the worker; the result of the function.
    Step<Value> run();
    // From inside the function (time.sleep): pause for `seconds` of the worker's time.
    void sleep(double seconds);

private:
    void step();

    Interpreter &m_interp;
    aio::WorkerContext &m_ctx;
    Value m_fn;
    std::vector<Value> m_args;
    std::vector<std::pair<Value, Value>> m_keywords;
    Value m_result;
    double m_sleep = 0.0;
    bool m_unwinding = false;
    Interpreter::ThreadState m_state; // the fiber's, while the loop runs
    Fiber m_fiber;
};

} // namespace aw::interp
