#include "ensure_future.h"

namespace aw::aio {

Ref<Future> ensureFuture(EventLoop &loop, Awaitable aw)
{
    if (aw.future)
        return aw.future;
    return loop.createTask(std::move(aw.coroutine), std::move(aw.coroName));
}

} // namespace aw::aio
