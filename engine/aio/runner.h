#pragma once
// asyncio.run(): run a main coroutine as Task-1, then shut the loop down as
// asyncio.Runner.close() does: cancel every remaining task and wait for them, then run
// shutdown_asyncgens() and shutdown_default_executor() as tasks of their own (they take
// task numbers, which a later asyncio.run() in the same program observes).

#include "event_loop.h"

#include <functional>
#include <string>

namespace aw::aio {

struct RunOptions {
    // Closes the async generators still alive (the interpreter provides it); none by default.
    Task::CoroutineFunction shutdownAsyncgens;
    // Waits for the default executor's jobs; none by default.
    Task::CoroutineFunction shutdownDefaultExecutor;
};

// `coroutine`: the coroutine object `main` runs, for Task.get_coro().
Value run(EventLoop &loop, Task::CoroutineFunction main, std::string coroName, const RunOptions &options = {},
          Value coroutine = {});

} // namespace aw::aio
