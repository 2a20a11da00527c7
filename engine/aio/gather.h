#pragma once
// asyncio.gather: a future aggregating the results of several futures or tasks.
//
// Rules (3.11): results keep the order of the arguments; without return_exceptions the
// first exception or cancellation of a child becomes the outer future's exception at once
// (the other children keep running); cancelling the outer future cancels every child that
// is not done, and the outer then raises CancelledError even with return_exceptions; a
// child cancelled on its own counts as a CancelledError result, the outer is not cancelled.

#include "future.h"

#include <vector>

namespace aw::aio {

TypeObject *gatheringFutureType();

class GatheringFuture : public Future {
public:
    GatheringFuture(EventLoop *loop, std::vector<Ref<Future>> children);
    bool cancel(Value msg = {}) override;
    void clearReferences() override
    {
        Future::clearReferences();
        m_children.clear();
    }
    const std::vector<Ref<Future>> &children() const noexcept { return m_children; }
    bool cancelRequested() const noexcept { return m_cancelRequested; }

private:
    std::vector<Ref<Future>> m_children;
    bool m_cancelRequested = false;
};

// `children` are futures or tasks (the caller wraps coroutines in tasks first); the same
// future may appear twice and is then awaited once.
Ref<Future> gather(EventLoop &loop, std::vector<Ref<Future>> children, bool returnExceptions = false);

} // namespace aw::aio
