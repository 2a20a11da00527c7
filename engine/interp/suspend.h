#pragma once
// Awaiting any awaitable, and async iteration, as the evaluator's building blocks.

#include "frame.h"

#include <optional>
#include "step.h"

namespace aw::interp {

// `await v` for coroutines, futures and tasks, async-generator steps and objects with
// __await__. TypeError for anything else.
Step<Value> awaitValue(Frame &f, const Value &v);
// `await obj` for an object with __await__, given that method: drives the iterator it returns.
Step<Value> awaitDunder(Value awaitMethod);
// Runs a generator-based coroutine as a task runs it: its yields are the futures it waits on.
Step<Value> awaitGenerator(Value generator);

// `aiter(obj)` and one `await anext(it)`: nullopt when StopAsyncIteration ends the loop.
Value asyncIter(const Value &obj);
Step<std::optional<Value>> asyncNext(Frame &f, Value iterator);

} // namespace aw::interp
