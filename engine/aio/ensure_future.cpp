#include "ensure_future.h"

namespace aw::aio {

Ref<Future> ensureFuture(EventLoop &loop, Awaitable aw)
{
    if (aw.future)
        return aw.future;
    Ref<Task> task = loop.createTask(std::move(aw.coroutine), std::move(aw.coroName));
    task->setCoroutine(std::move(aw.coroutineObject));
    return task;
}

} // namespace aw::aio
