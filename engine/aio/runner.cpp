#include "runner.h"

#include "awaiters.h"
#include "executor.h"
#include "gather.h"

namespace aw::aio {

namespace {

QCoro::Task<Value> returnNone()
{
    co_return Value();
}

// BaseEventLoop.shutdown_default_executor: waits for the default executor's jobs, if it
// was ever used.
QCoro::Task<Value> shutdownDefaultExecutor(EventLoop *loop)
{
    Executor *executor = loop->existingDefaultExecutor();
    if (!executor)
        co_return Value();
    Ref<Future> idle = executor->whenIdle();
    co_await FutureAwaiter(idle);
    co_return Value();
}

void cancelAllTasks(EventLoop &loop)
{
    std::vector<Task *> pending = loop.pendingTasks();
    if (pending.empty())
        return;
    std::vector<Ref<Future>> children;
    for (Task *t : pending) {
        t->cancel();
        children.emplace_back(t);
    }
    loop.runUntilComplete(gather(loop, children, true));
}

void shutdown(EventLoop &loop, const RunOptions &options)
{
    cancelAllTasks(loop);
    loop.runUntilComplete(loop.createTask(options.shutdownAsyncgens ? options.shutdownAsyncgens : returnNone,
                                          "BaseEventLoop.shutdown_asyncgens"));
    Task::CoroutineFunction shutdownExecutor = options.shutdownDefaultExecutor;
    if (!shutdownExecutor)
        shutdownExecutor = [&loop] { return shutdownDefaultExecutor(&loop); };
    loop.runUntilComplete(loop.createTask(shutdownExecutor, "BaseEventLoop.shutdown_default_executor"));
}

} // namespace

Value run(EventLoop &loop, Task::CoroutineFunction main, std::string coroName, const RunOptions &options, Value coroutine)
{
    Ref<Task> task = loop.createTask(std::move(main), std::move(coroName));
    task->setCoroutine(std::move(coroutine));
    Value result;
    try {
        result = loop.runUntilComplete(task);
    } catch (const PyException &) {
        // SystemExit or KeyboardInterrupt leaving the main task ends the run at once: its
        // exception is not one "never retrieved" (CPython logs nothing for it).
        task->markRetrieved();
        shutdown(loop, options);
        throw;
    }
    shutdown(loop, options);
    return result;
}

} // namespace aw::aio
