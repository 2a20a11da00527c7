#pragma once
// A fiber: synchronous code running on a stack of its own, which can pause in the middle of
// any call chain and be resumed later. Executor jobs run their Python function on one, so
// that time.sleep() deep inside it takes virtual time on the worker (the loop goes on
// meanwhile) instead of running the whole function at once.
//
// Single-threaded: resume() and suspend() switch between the caller and the fiber on the
// same thread (ucontext), annotated for AddressSanitizer.

#include <cstddef>
#include <exception>
#include <functional>
#include <memory>

namespace aw::interp {

class Fiber {
public:
    explicit Fiber(std::function<void()> body, size_t stackBytes = 8u * 1024u * 1024u);
    ~Fiber();
    Fiber(const Fiber &) = delete;
    Fiber &operator=(const Fiber &) = delete;

    // Runs the fiber until it suspends or finishes; rethrows what its body threw.
    void resume();
    // From inside the fiber: back to whoever called resume().
    void suspend();
    bool finished() const noexcept { return m_finished; }

private:
    struct Context;
    static void entry(unsigned lo, unsigned hi);

    std::function<void()> m_body;
    std::unique_ptr<Context> m_context;
    std::exception_ptr m_error;
    bool m_finished = false;
};

} // namespace aw::interp
