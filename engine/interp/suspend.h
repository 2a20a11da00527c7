#pragma once
// Awaiting any awaitable, and async iteration, as the evaluator's building blocks.

#include "frame.h"

#include <optional>
#include <qcoro/qcorotask.h>

namespace aw::interp {

// `await v` for coroutines, futures and tasks, async-generator steps and objects with
// __await__. TypeError for anything else.
QCoro::Task<Value> awaitValue(Frame &f, Value v);
// `await obj` for an object with __await__, given that method: drives the iterator it returns.
QCoro::Task<Value> awaitDunder(Value awaitMethod);
// Runs a generator-based coroutine as a task runs it: its yields are the futures it waits on.
QCoro::Task<Value> awaitGenerator(Value generator);

// `aiter(obj)` and one `await anext(it)`: nullopt when StopAsyncIteration ends the loop.
Value asyncIter(const Value &obj);
QCoro::Task<std::optional<Value>> asyncNext(Frame &f, Value iterator);

} // namespace aw::interp
