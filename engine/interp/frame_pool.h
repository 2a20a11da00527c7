#pragma once
// Recycled memory for the interpreter's coroutine frames (see step.h).
//
// Frames come in a few dozen sizes and are made and dropped at every await, thousands of
// tasks apart, which overflows glibc's small per-thread caches. The pool keeps a free list
// per 64-byte size class on each thread and never gives memory back before the thread
// ends; a frame freed on another thread than it was made on simply joins that thread's
// lists. Under AddressSanitizer frames go straight to the heap, so that a use after free
// is still caught.

#include <cstddef>

namespace aw::interp {

class FramePool {
public:
    static void *allocate(size_t bytes);
    static void release(void *frame, size_t bytes) noexcept;
};

} // namespace aw::interp
