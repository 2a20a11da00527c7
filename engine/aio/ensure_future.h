#pragma once
// What asyncio functions accept where they say "awaitable": a future (or task), or a
// coroutine not yet started. ensureFuture wraps a coroutine in a new task, as
// asyncio.ensure_future does; a future passes through.

#include "event_loop.h"

namespace aw::aio {

struct Awaitable {
    Ref<Future> future;
    Task::CoroutineFunction coroutine;
    std::string coroName;

    Awaitable(Ref<Future> f) : future(std::move(f)) {}
    template<typename T>
    Awaitable(Ref<T> f) : future(Ref<Future>(std::move(f)))
    {
    }
    // `object`: the coroutine object the function runs, for Task.get_coro().
    Awaitable(Task::CoroutineFunction fn, std::string name, Value object = {})
        : coroutine(std::move(fn)), coroName(std::move(name)), coroutineObject(std::move(object))
    {
    }
    Value coroutineObject;
};

Ref<Future> ensureFuture(EventLoop &loop, Awaitable aw);

} // namespace aw::aio
