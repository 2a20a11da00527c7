#pragma once
// asyncio.wait, asyncio.wait_for and asyncio.shield (tasks.py, 3.11.7).

#include "ensure_future.h"

#include <qcoro/qcorotask.h>

#include <optional>
#include <vector>

namespace aw::aio {

enum class ReturnWhen : uint8_t { FirstCompleted, FirstException, AllCompleted };

struct WaitResult {
    std::vector<Ref<Future>> done;
    std::vector<Ref<Future>> pending;
};

// `fs` is the set of futures, already deduplicated, in the order the caller's set iterates;
// done and pending keep that order. Raises ValueError for an empty set. Never raises
// TimeoutError: on timeout the unfinished futures are returned as pending.
QCoro::Task<WaitResult> wait(EventLoop &loop, std::vector<Ref<Future>> fs, std::optional<double> timeout = {},
                             ReturnWhen returnWhen = ReturnWhen::AllCompleted);

// Waits for `aw` for at most `timeout` seconds. On timeout cancels it, waits until it has
// really finished, then raises TimeoutError (from the CancelledError). If the caller is
// cancelled, the awaited task is cancelled too. No timeout: a plain await (no task made).
QCoro::Task<Value> waitFor(EventLoop &loop, Awaitable aw, std::optional<double> timeout);

// A future that mirrors `aw` but whose cancellation does not reach it.
Ref<Future> shield(EventLoop &loop, Awaitable aw);

} // namespace aw::aio
