#pragma once
// One recursion counter per thread, shared by Python frames and by the runtime's own C++
// recursion through nested values (the repr of a list holding a list holding ...), and
// checked against one limit, as CPython's Py_EnterRecursiveCall does. A scenario that nests
// too deep gets RecursionError instead of overflowing the C++ stack.

#include <string_view>

namespace aw {

class RecursionGuard {
public:
    // Raises RecursionError("maximum recursion depth exceeded" + where) past the limit.
    explicit RecursionGuard(std::string_view where = {})
    {
        if (++s_depth > s_limit)
            exceeded(where);
    }
    ~RecursionGuard() { --s_depth; }
    RecursionGuard(const RecursionGuard &) = delete;
    RecursionGuard &operator=(const RecursionGuard &) = delete;

    static int depth() noexcept { return s_depth; }
    // Executor jobs run on fibers of the same thread, each with its own depth.
    static void setDepth(int depth) noexcept { s_depth = depth; }
    static int limit() noexcept { return s_limit; }
    static void setLimit(int limit) noexcept { s_limit = limit; }

private:
    [[noreturn]] static void exceeded(std::string_view where);

    static thread_local int s_depth;
    static thread_local int s_limit;
};

} // namespace aw
