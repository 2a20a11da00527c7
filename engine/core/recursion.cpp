#include "recursion.h"

#include "exception.h"

#include <pthread.h>

#include <string>
#include <utility>

namespace aw {

thread_local int RecursionGuard::s_depth = 0;
thread_local int RecursionGuard::s_limit = 1000;
thread_local const char *RecursionGuard::s_stackFloor = nullptr;

void RecursionGuard::exceeded(std::string_view where)
{
    --s_depth;
    throw PyException::make(builtin::RecursionError(), "maximum recursion depth exceeded" + std::string(where));
}

const char *RecursionGuard::enterStack(const void *low, size_t size) noexcept
{
    // Enough for what runs between two checks: one statement's expression (the parser
    // bounds its nesting), a traceback, the unwinding.
    return std::exchange(s_stackFloor, static_cast<const char *>(low) + size / 8);
}

const char *RecursionGuard::enterThreadStack() noexcept
{
    pthread_attr_t attr;
    void *low = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return s_stackFloor;
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
    return enterStack(low, size);
}

} // namespace aw
