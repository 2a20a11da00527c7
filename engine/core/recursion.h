#pragma once
// One recursion counter per thread, shared by Python frames and by the runtime's own C++
// recursion through nested values (the repr of a list holding a list holding ...), and
// checked against one limit, as CPython's Py_EnterRecursiveCall does. A scenario that nests
// too deep gets RecursionError instead of overflowing the C++ stack.
//
// Behind the count, the stack itself: once the code runs in the last eighth of its stack
// (the thread's, or an executor fiber's), the same RecursionError comes, whatever the count
// says. That catches C++ recursion the count does not see (async generators resumed inside
// one another).

#include <cstddef>
#include <string_view>

namespace aw {

class RecursionGuard {
public:
    // Raises RecursionError("maximum recursion depth exceeded" + where) past the limit.
    explicit RecursionGuard(std::string_view where = {})
    {
        if (++s_depth > s_limit || nearStackEnd())
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

    // Raises RecursionError when little stack is left (statements check it).
    static void checkStack()
    {
        if (nearStackEnd()) {
            ++s_depth;
            exceeded({});
        }
    }
    // The stack code runs on from now: `low` is its lowest address (stacks grow down).
    // Returns the previous floor, for restoreStack.
    static const char *enterStack(const void *low, size_t size) noexcept;
    // The current thread's own stack.
    static const char *enterThreadStack() noexcept;
    static void restoreStack(const char *floor) noexcept { s_stackFloor = floor; }

private:
    static bool nearStackEnd() noexcept
    {
        return static_cast<const char *>(__builtin_frame_address(0)) < s_stackFloor;
    }
    [[noreturn]] static void exceeded(std::string_view where);

    static thread_local int s_depth;
    static thread_local int s_limit;
    static thread_local const char *s_stackFloor; // null: not known, not checked
};

} // namespace aw
