#pragma once
// asyncio.as_completed: an iterator of coroutines, each returning the next future to finish
// (its result, or raising its exception), in completion order. Like tasks.py it routes the
// finished futures through an internal Queue; on timeout each remaining await raises
// TimeoutError.

#include "ensure_future.h"
#include "queues.h"

#include <optional>
#include <vector>

namespace aw::aio {

class AsCompleted {
public:
    // `fs` as the caller's set of awaitables iterates; coroutines become tasks here.
    AsCompleted(EventLoop &loop, std::vector<Awaitable> fs, std::optional<double> timeout = {});
    // How many coroutines the iterator yields.
    size_t size() const noexcept { return m_count; }
    // One `_wait_for_one()` coroutine; call it size() times.
    QCoro::Task<Value> next();

private:
    struct State;
    std::shared_ptr<State> m_state;
    size_t m_count = 0;
};

} // namespace aw::aio
